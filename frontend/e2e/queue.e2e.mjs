// End-to-end check of the running application in headless Chromium:
// login page → sign in → the queue shows a report containing EXPECT_TEXT with its priority.
// Exit code 0 on success, 1 on failure (reason on stderr, screenshot in SCREENSHOT_DIR).
import { chromium } from 'playwright-core';
import { normalise, env, screenshot, alertText } from './browser.mjs';

const QUEUE_TIMEOUT_MS = 60_000;
const STEP_TIMEOUT_MS = 20_000;
const PRIORITY_LABELS = ['Immédiat', 'Élevée', 'À vérifier', 'Faible'];

async function run(page, { baseUrl, username, password, expectText }) {
  await page.goto(baseUrl, { timeout: STEP_TIMEOUT_MS });
  await page.waitForURL(/\/connexion$/, { timeout: STEP_TIMEOUT_MS }).catch(() => {
    throw new Error(`expected a redirect to /connexion, but the page is ${page.url()}`);
  });

  await page.getByLabel('Identifiant', { exact: true }).fill(username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(/\/file$/, { timeout: STEP_TIMEOUT_MS }).catch(async () => {
    const shown = await alertText(page);
    throw new Error(`login did not open /file${shown ? `; the page says: ${shown}` : ''}`);
  });

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

async function main() {
  let browser;
  let page;
  const browserErrors = [];
  try {
    const settings = {
      baseUrl: env('BASE_URL'),
      username: env('VIGIE_USERNAME'),
      password: env('VIGIE_PASSWORD'),
      expectText: normalise(env('EXPECT_TEXT')),
    };
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    page = await browser.newPage({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    page.on('console', (message) => {
      if (message.type() === 'error') browserErrors.push(message.text());
    });
    page.on('pageerror', (error) => browserErrors.push(error.message));

    await run(page, settings);
    await screenshot(page, 'queue-e2e.png');
    return 0;
  } catch (error) {
    console.error(`FAILED: ${error.message}`);
    for (const message of browserErrors) console.error(`browser error: ${message}`);
    await screenshot(page, 'queue-e2e-failure.png');
    return 1;
  } finally {
    await browser?.close();
  }
}

process.exitCode = await main();
