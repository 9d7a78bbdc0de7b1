// End-to-end check of the running application in headless Chromium:
// login page → sign in → the queue shows a report containing EXPECT_TEXT with its priority.
// Exit code 0 on success, 1 on failure (reason on stderr, screenshot in SCREENSHOT_DIR).
import { normalise, env, alertText, runScenario, signInFromHome } from './browser.mjs';

const QUEUE_TIMEOUT_MS = 60_000;
const PRIORITY_LABELS = ['Immédiat', 'Élevée', 'À vérifier', 'Faible'];

async function run(page, { baseUrl, username, password, expectText }) {
  await signInFromHome(page, baseUrl, username, password);

  // The queue refreshes itself every 10 s: wait for the report to show up.
  const row = page.getByRole('row').filter({ hasText: expectText }).first();
  await row.waitFor({ state: 'visible', timeout: QUEUE_TIMEOUT_MS }).catch(async () => {
    const shown = await alertText(page);
    throw new Error(
      `no queue row containing "${expectText}" within ${QUEUE_TIMEOUT_MS / 1000} s` +
        (shown ? `; the page says: ${shown}` : ''),
    );
  });

  const rowText = normalise(await row.innerText());
  const priority = PRIORITY_LABELS.find((label) => rowText.includes(label));
  if (!priority) throw new Error(`the row shows no priority label: "${rowText}"`);
  console.log(`OK: row "${rowText}" (priority ${priority})`);
}

process.exitCode = await runScenario('queue-e2e', async (page) => {
  const settings = {
    baseUrl: env('BASE_URL'),
    username: env('VIGIE_USERNAME'),
    password: env('VIGIE_PASSWORD'),
    expectText: normalise(env('EXPECT_TEXT')),
  };
  await run(page, settings);
});
