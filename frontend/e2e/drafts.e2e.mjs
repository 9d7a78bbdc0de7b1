// A decision draft survives a reload and a session that ends mid-decision (DraftsBrowserIT): the
// person opens a report, starts a referral, reloads (the draft is there), then her session is
// ended on the server (signed out from another browser holding the same session cookie); sending
// the decision brings the login form saying the session expired, not « erreur 403 »; once signed
// in again she is back on the report with the draft, records it, and the draft is gone.
// Env: BASE_URL, VIGIE_USERNAME / VIGIE_PASSWORD (a worker), REPORT_ID.
// Exit code 0 on success, 1 on failure (reason on stderr, screenshots in SCREENSHOT_DIR).
import { env, normalise, runScenario, signIn, alertText, STEP_TIMEOUT_MS } from './browser.mjs';

const JUSTIFICATION = 'Mineure de 16 ans selon l’annonce (test du brouillon).';

async function expectDraft(page, where) {
  await page.getByText(/^Brouillon repris/).first().waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => {
    throw new Error(`${where}: no « Brouillon repris »`);
  });
  const checked = await page.getByRole('radio', { name: 'Orientation / signalement' }).isChecked();
  const text = await page.getByLabel(/^Justification/).inputValue();
  const channel = await page.getByLabel(/^Orienté vers/).inputValue();
  if (!checked || text !== JUSTIFICATION || channel !== 'CRIP') {
    throw new Error(`${where}: the draft is not all there (referral ${checked}, channel ${channel}, text « ${text} »)`);
  }
}

/** Ends the session on the server, as an expiry or a sign-out elsewhere would: the page still holds its cookie. */
async function endSessionElsewhere(page, baseUrl) {
  const browser = page.context().browser();
  const cookies = await page.context().cookies();
  const other = await browser.newContext();
  try {
    await other.addCookies(cookies);
    const token = cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
    const answer = await other.request.post(`${baseUrl}/api/v1/auth/logout`, {
      headers: { 'X-XSRF-TOKEN': decodeURIComponent(token) },
    });
    if (answer.status() >= 300) throw new Error(`logout from another browser answered ${answer.status()}`);
    const me = await other.request.get(`${baseUrl}/api/v1/auth/me`);
    if (me.status() !== 401) throw new Error(`the session still answers ${me.status()} after the logout`);
  } finally {
    await other.close();
  }
}

process.exitCode = await runScenario('drafts', async (page) => {
  const baseUrl = env('BASE_URL');
  const username = env('VIGIE_USERNAME');
  const password = env('VIGIE_PASSWORD');
  const reportPath = `/signalements/${env('REPORT_ID')}`;

  await signIn(page, baseUrl, username, password, '/file');
  await page.goto(`${baseUrl}${reportPath}`, { timeout: STEP_TIMEOUT_MS });
  await page.getByRole('button', { name: 'Prendre en charge' }).click({ timeout: STEP_TIMEOUT_MS });
  await page.getByText(/Pris en charge par vous/).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.getByRole('radio', { name: 'Orientation / signalement' }).check({ timeout: STEP_TIMEOUT_MS });
  await page.getByLabel(/^Orienté vers/).selectOption('CRIP');
  await page.getByLabel(/^Justification/).fill(JUSTIFICATION);

  await page.reload();
  await expectDraft(page, 'after a reload');
  console.log('OK: the decision draft is there after a reload');

  await endSessionElsewhere(page, baseUrl);
  await page.getByLabel(/^Urgence/).selectOption('URGENT');
  await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await page.waitForURL((url) => url.pathname === '/connexion', { timeout: STEP_TIMEOUT_MS }).catch(async () => {
    throw new Error(`the ended session did not lead to the login page; the page says: ${await alertText(page)}`);
  });
  const notice = normalise(await page.locator('main').innerText());
  if (!notice.includes('Votre session a expiré')) throw new Error(`the login page does not say the session expired: ${notice}`);
  if (notice.includes('403')) throw new Error(`the page shows a bare 403: ${notice}`);
  console.log('OK: the session ended mid-decision: the login form says it expired');

  await page.getByLabel('Identifiant', { exact: true }).fill(username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => url.pathname === reportPath, { timeout: STEP_TIMEOUT_MS }).catch(() => {
    throw new Error(`after signing in again the page is ${page.url()}, not the report`);
  });
  await expectDraft(page, 'after signing in again');
  console.log('OK: signed in again, back on the report with the draft');

  await page.getByLabel(/^Urgence/).selectOption('URGENT');
  await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await page.waitForURL((url) => url.pathname === '/file', { timeout: STEP_TIMEOUT_MS }).catch(async () => {
    throw new Error(`the decision was not recorded; the page says: ${await alertText(page)}`);
  });
  const left = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('vigie:brouillon:')));
  if (left.length > 0) throw new Error(`drafts left after the decision: ${left.join(', ')}`);
  console.log('OK: decision recorded, its draft cleared');
});
