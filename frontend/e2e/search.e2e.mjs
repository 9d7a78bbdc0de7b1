// End-to-end check of search, the contact dossier and the watchlist in headless Chromium, as a worker:
// sign in → « Rechercher » → a phone number typed in another writing (PHONE_WRITING) → the report
// (REPORT_ID) is found → « Ouvrir le dossier de ce contact » → the dossier lists the report →
// « Voir le réseau de ce contact »: the graph's canvas is drawn and its table lists the report (at
// 390 px too, with no sideways scroll; no serious axe-core violation at either width) → back to
// the dossier → « Surveiller ce contact » with a note → « Contacts surveillés » lists the contact.
// Exit code 0 on success, 1 on failure (reason on stderr, screenshot in SCREENSHOT_DIR).
import {
  env,
  alertText,
  axeSource,
  checkAccessibility,
  runScenario,
  screenshot,
  signInFromHome,
  STEP_TIMEOUT_MS,
} from './browser.mjs';

async function expectVisible(page, locator, what) {
  await locator.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS }).catch(async () => {
    const shown = await alertText(page);
    throw new Error(`${what} did not show${shown ? `; the page says: ${shown}` : ''}`);
  });
}

async function run(page, settings) {
  await signInFromHome(page, settings.baseUrl, settings.username, settings.password);
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await nav.getByRole('link', { name: 'Rechercher' }).click();
  await page.waitForURL(/\/recherche$/, { timeout: STEP_TIMEOUT_MS });
  await page.getByLabel('Numéro de téléphone (toute écriture)').fill(settings.phone);
  await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
  const found = page.locator(`.search-results a[href="/signalements/${settings.reportId}"]`);
  await expectVisible(page, found, 'the report found by its number');
  console.log('OK: the number found the report');

  await page.getByRole('link', { name: 'Ouvrir le dossier de ce contact' }).click();
  await page.waitForURL(/\/contact\?c=/, { timeout: STEP_TIMEOUT_MS });
  await expectVisible(page, page.locator(`.contact-reports a[href="/signalements/${settings.reportId}"]`), 'the report in the dossier');
  console.log('OK: the dossier lists the report');

  await page.getByRole('link', { name: 'Voir le réseau de ce contact' }).click();
  await page.waitForURL(/\/reseau\?c=/, { timeout: STEP_TIMEOUT_MS });
  await expectVisible(page, page.locator('.network-graph canvas'), 'the canvas of the network graph');
  const rows = page.locator('.network-table tbody tr');
  await expectVisible(page, rows, 'the rows of the network table');
  await expectVisible(page, page.locator(`.network-table a[href="/signalements/${settings.reportId}"]`), 'the report in the network table');
  await screenshot(page, 'search-e2e-network.png');
  const axe = await axeSource();
  await checkAccessibility(page, axe, 'the network view');
  const before = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await expectVisible(page, page.locator('.network-graph canvas'), 'the canvas at 390 px');
  await screenshot(page, 'search-e2e-network-390.png');
  await checkAccessibility(page, axe, 'the network view at 390 px');
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    view: document.documentElement.clientWidth,
    graph: document.querySelector('.network-graph')?.getBoundingClientRect().right ?? 0,
  }));
  if (widths.page > widths.view || widths.graph > widths.view) {
    throw new Error(`the network view scrolls sideways at 390 px (${JSON.stringify(widths)})`);
  }
  await page.setViewportSize(before);
  console.log(`OK: the network view shows the graph and ${await rows.count()} rows`);
  await page.getByRole('link', { name: 'Retour au dossier du contact' }).click();
  await page.waitForURL(/\/contact\?c=/, { timeout: STEP_TIMEOUT_MS });

  await page.getByLabel('Note (pourquoi le surveiller)').fill('Vu dans plusieurs annonces');
  await page.getByRole('button', { name: 'Surveiller ce contact' }).click();
  await expectVisible(page, page.getByText(/Vous surveillez ce contact/), 'the watch');
  await nav.getByRole('link', { name: 'Contacts surveillés' }).click();
  await page.waitForURL(/\/surveillance$/, { timeout: STEP_TIMEOUT_MS });
  await expectVisible(page, page.getByText('Vu dans plusieurs annonces'), 'the watched contact');
  console.log('OK: the contact is watched');
}

process.exitCode = await runScenario('search-e2e', async (page) => {
  await run(page, {
    baseUrl: env('BASE_URL'), username: env('VIGIE_USERNAME'), password: env('VIGIE_PASSWORD'),
    phone: env('PHONE_WRITING'), reportId: env('REPORT_ID'),
  });
});
