// Report content is rendered as text, never as HTML: a report whose platform name and text carry
// <script> and <img onerror> shows in the queue as those characters, and nothing runs.
// Env: BASE_URL, VIGIE_USERNAME, VIGIE_PASSWORD (a worker), EXPECT_TEXT (the hostile platform name).
import { env, normalise, runScenario, signIn } from './browser.mjs';

const QUEUE_TIMEOUT_MS = 60_000;

async function scenario(page, browserErrors) {
  const expectText = env('EXPECT_TEXT');
  const violations = [];
  await page.exposeFunction('__reportCspViolation', (text) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });

  await signIn(page, env('BASE_URL'), env('VIGIE_USERNAME'), env('VIGIE_PASSWORD'), '/file');
  const title = await page.title();

  const row = page.getByRole('row').filter({ hasText: expectText }).first();
  await row.waitFor({ state: 'visible', timeout: QUEUE_TIMEOUT_MS }).catch(() => {
    throw new Error(`no queue row showing the literal text "${expectText}" within ${QUEUE_TIMEOUT_MS / 1000} s`);
  });
  // let any injected handler have its chance
  await page.waitForTimeout(1_000);

  const rowText = normalise(await row.innerText());
  const injected = await row.evaluate((element) => element.querySelectorAll('script, img, iframe, svg').length);
  const executed = await page.evaluate(() => ({ xss: window.__vigieXss ?? null, title: document.title }));
  if (!rowText.includes(expectText)) throw new Error(`the row does not show the markup as text: "${rowText}"`);
  if (injected > 0) throw new Error(`${injected} element(s) from the report were created in the page`);
  if (executed.xss !== null) throw new Error(`injected script ran: window.__vigieXss = ${executed.xss}`);
  if (executed.title !== title) throw new Error(`the title changed to "${executed.title}"`);
  if (browserErrors.length > 0) throw new Error(`errors in the browser: ${browserErrors.join(' | ')}`);
  console.log(`OK: "${rowText}" shown as text; nothing ran; CSP violations: ${violations.length}`);
}

process.exitCode = await runScenario('xss-e2e', scenario);
