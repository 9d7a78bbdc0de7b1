// End-to-end check of the worker's triage story in headless Chromium, two workers at once:
// A signs in and keeps the queue open → a partner sends a P1 (this script, through the partner
// API) → it appears in A's queue without reload (server-sent events) → A opens and claims it →
// B sees it claimed by A in the queue and on the report page → A records a REFERRAL to the CRIP
// → A is back on the queue with a confirmation, and the report has left her open queue.
// An axe-core check runs on the queue and the report page (no serious or critical violation).
// Exit code 0 on success, 1 on failure (reason on stderr, screenshots in SCREENSHOT_DIR).
import {
  normalise,
  env,
  submitReport,
  awaitLiveRow,
  screenshot,
  alertText,
  signInFromHome,
  launchChromium,
  checkAccessibility,
  axeSource as loadAxeSource,
  STEP_TIMEOUT_MS,
} from './browser.mjs';

const LIVE_TIMEOUT_MS = 45_000;
// Synthetic content only: no real ad, number or handle.
const AD_TEXT = 'Lycéenne de 16 ans, nouvelle, dispo ce soir à l’hôtel. Test de bout en bout.';

async function submitAsPartner(baseUrl, partnerKey, platformName) {
  const id = await submitReport(baseUrl, partnerKey, {
    idPrefix: 'e2e-triage',
    minutesAgo: 15,
    withUrl: true,
    platformName,
    text: AD_TEXT,
    location: { city: 'Lyon', postalCode: '69003', department: '69' },
  });
  console.log(`OK: partner report accepted (${id})`);
  return id;
}

const rowOf = (page, platformName) => page.getByRole('row').filter({ hasText: platformName });

async function run(pageA, pageB, settings) {
  const { baseUrl, a, b, platformName, axeSource } = settings;

  // 1. A has the queue open, its live stream connected.
  await signInFromHome(pageA, baseUrl, a.username, a.password);
  await pageA
    .getByText('Mise à jour en direct', { exact: false })
    .waitFor({ timeout: STEP_TIMEOUT_MS })
    .catch(() => {
      throw new Error('the queue never said « Mise à jour en direct »: no server-sent events stream');
    });
  const csp = await pageA.evaluate(async () => (await fetch('/file')).headers.get('Content-Security-Policy'));
  if (!csp?.includes("script-src 'self'")) throw new Error(`the page has no strict CSP: ${csp}`);
  await checkAccessibility(pageA, axeSource, 'the queue');
  // Survives only if the page is not reloaded.
  await pageA.evaluate(() => {
    window.__vigieSameDocument = true;
  });
  let documentLoads = 0;
  pageA.on('load', () => documentLoads++);

  // 2. A partner sends a P1; it is announced and let in without reload.
  const started = Date.now();
  const reportId = await submitAsPartner(baseUrl, settings.partnerKey, platformName);
  const row = rowOf(pageA, platformName);
  await awaitLiveRow(pageA, row, LIVE_TIMEOUT_MS)
    .catch(async () => {
    const shown = await alertText(pageA);
    throw new Error(
      `the new report did not appear in A's queue within ${LIVE_TIMEOUT_MS / 1000} s` +
        (shown ? `; the page says: ${shown}` : ''),
    );
  });
  const sameDocument = await pageA.evaluate(() => window.__vigieSameDocument === true);
  if (!sameDocument || documentLoads > 0 || !pageA.url().endsWith('/file')) {
    throw new Error(`the page was reloaded or left (${pageA.url()}, ${documentLoads} load(s))`);
  }
  const rowText = normalise(await row.innerText());
  if (!rowText.includes('Immédiat')) throw new Error(`the new report is not ranked « Immédiat »: "${rowText}"`);
  if (!rowText.includes('Libre')) throw new Error(`the new report should be free: "${rowText}"`);
  console.log(`OK: P1 appeared live after ${Date.now() - started} ms, without reload: "${rowText}"`);

  // 3. A opens it and claims it.
  await row.getByRole('link').click();
  await pageA.waitForURL(new RegExp(`/signalements/${reportId}$`), { timeout: STEP_TIMEOUT_MS });
  await pageA.getByRole('heading', { name: /^Signalement/, level: 1 }).waitFor({ timeout: STEP_TIMEOUT_MS });
  const marks = await pageA.locator('.report-text mark').count();
  if (marks === 0) throw new Error('no evidence is highlighted in the report text');
  if ((await pageA.locator('a[href*="annonces.example.org"]').count()) > 0) {
    throw new Error('the reported URL is a link: it must be shown as text only');
  }
  await pageA.getByRole('button', { name: 'Prendre en charge' }).click();
  await pageA.getByText(/Pris en charge par vous/).waitFor({ timeout: STEP_TIMEOUT_MS });
  console.log(`OK: A opened the report (${marks} highlighted passage(s)) and claimed it`);
  await checkAccessibility(pageA, axeSource, 'the report page (claimed, decision form)');

  // 4. B sees it claimed by A, in the queue and on the report page.
  await signInFromHome(pageB, baseUrl, b.username, b.password);
  const rowB = rowOf(pageB, platformName);
  await rowB.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  const expected = `Pris en charge par ${a.username}`;
  const rowBText = normalise(await rowB.innerText());
  if (!rowBText.includes(expected)) throw new Error(`B's queue row does not say « ${expected} »: "${rowBText}"`);
  await rowB.getByRole('link').click();
  await pageB.waitForURL(new RegExp(`/signalements/${reportId}$`), { timeout: STEP_TIMEOUT_MS });
  await pageB.getByText(expected).first().waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => {
    throw new Error(`B's report page does not say « ${expected} »`);
  });
  if ((await pageB.getByRole('button', { name: 'Prendre en charge' }).count()) > 0) {
    throw new Error('B is offered « Prendre en charge » on a report A holds');
  }
  await pageB
    .getByText('Prenez le signalement en charge pour enregistrer une décision.')
    .waitFor({ timeout: STEP_TIMEOUT_MS });
  console.log(`OK: B sees « ${expected} » in the queue and on the report page`);
  await checkAccessibility(pageB, axeSource, 'the report page (held by someone else)');

  // 5. A records a referral to the CRIP and lands on her queue, without the report.
  await pageA.getByRole('radio', { name: 'Orientation / signalement' }).check();
  await pageA.getByLabel(/^Orienté vers/).selectOption({ label: 'Information préoccupante (CRIP)' });
  await pageA.getByLabel(/^Urgence/).selectOption({ label: 'Urgente' });
  await pageA
    .getByLabel(/^Justification/)
    .fill('Mineure de 16 ans selon l’annonce, disponible ce soir dans un hôtel (test).');
  await pageA.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await pageA.waitForURL(/\/file$/, { timeout: STEP_TIMEOUT_MS }).catch(async () => {
    const shown = await alertText(pageA);
    throw new Error(`the decision did not lead back to /file${shown ? `; the page says: ${shown}` : ''}`);
  });
  const confirmation = pageA.getByRole('status').filter({ hasText: 'Décision enregistrée' });
  await confirmation.waitFor({ timeout: STEP_TIMEOUT_MS });
  const confirmationText = normalise(await confirmation.innerText());
  if (!confirmationText.includes('Orientation / signalement') || !confirmationText.includes(reportId)) {
    throw new Error(`unexpected confirmation: "${confirmationText}"`);
  }
  await pageA.getByText(/dernière mise à jour/).waitFor({ timeout: STEP_TIMEOUT_MS });
  await pageA.waitForTimeout(500);
  if ((await rowOf(pageA, platformName).count()) > 0) {
    throw new Error('the report is still in A’s open queue after the referral');
  }
  console.log(`OK: referral recorded ("${confirmationText}"), the report left A's open queue`);

  // 6. B's page follows: the report is no longer held, and it is actioned.
  await pageB.getByText('Traité', { exact: true }).first().waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => {
    throw new Error('B’s report page did not follow the decision (status « Traité »)');
  });
  console.log('OK: B’s report page shows the report as « Traité » without reload');
}

async function main() {
  let browser;
  let pageA;
  let pageB;
  const browserErrors = [];
  try {
    const settings = {
      baseUrl: env('BASE_URL'),
      a: { username: env('WORKER_A_USERNAME'), password: env('WORKER_A_PASSWORD') },
      b: { username: env('WORKER_B_USERNAME'), password: env('WORKER_B_PASSWORD') },
      partnerKey: env('PARTNER_KEY'),
      platformName: `E2E-tri-${Date.now()}`,
      axeSource: await loadAxeSource(),
    };
    browser = await launchChromium();
    const options = { locale: 'fr-FR', timezoneId: 'Europe/Paris' };
    // Two contexts: two cookie jars, two workers.
    pageA = await (await browser.newContext(options)).newPage();
    pageB = await (await browser.newContext(options)).newPage();
    for (const [name, page] of [
      ['A', pageA],
      ['B', pageB],
    ]) {
      page.on('console', (message) => {
        if (message.type() === 'error') browserErrors.push(`${name}: ${message.text()}`);
      });
      page.on('pageerror', (error) => browserErrors.push(`${name}: ${error.message}`));
    }

    await run(pageA, pageB, settings);
    await screenshot(pageA, 'triage-e2e-a.png');
    await screenshot(pageB, 'triage-e2e-b.png');
    return 0;
  } catch (error) {
    console.error(`FAILED: ${error.message}`);
    for (const message of browserErrors) console.error(`browser error: ${message}`);
    await screenshot(pageA, 'triage-e2e-a-failure.png');
    await screenshot(pageB, 'triage-e2e-b-failure.png');
    return 1;
  } finally {
    await browser?.close();
  }
}

process.exitCode = await main();
