// End-to-end check of « Statistiques » in headless Chromium, as a coordinator:
// sign in → « Statistiques » → choose March 2021, by day → the key figures, every chart drawn on
// its canvas (pixels painted), every data table filled → the PDF activity report downloads →
// at 390 px wide the page does not scroll sideways.
// The backend test (StatisticsBrowserIT) has written a known month of activity for March 2021.
// Exit code 0 on success, 1 on failure (reason on stderr, screenshot in SCREENSHOT_DIR).
import { readFile } from 'node:fs/promises';
import { normalise, env, alertText, openFromNavigation, runScenario, screenshot, signInFromHome, STEP_TIMEOUT_MS } from './browser.mjs';

async function expectVisible(page, locator, what) {
  await locator.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS }).catch(async () => {
    const shown = await alertText(page);
    throw new Error(`${what} did not show${shown ? `; the page says: ${shown}` : ''}`);
  });
}

async function run(page, settings) {
  await signInFromHome(page, settings.baseUrl, settings.username, settings.password);
  await openFromNavigation(page, 'Statistiques', '/statistiques');
  await page.waitForURL(/\/statistiques$/, { timeout: STEP_TIMEOUT_MS });
  await expectVisible(page, page.getByRole('heading', { level: 1, name: 'Statistiques' }), 'the statistics page');

  await page.getByLabel('Du', { exact: true }).fill('2021-03-01');
  await page.getByLabel('Au', { exact: true }).fill('2021-03-31');
  await page.getByLabel('Pas', { exact: true }).selectOption('day');
  await page.getByRole('button', { name: 'Afficher', exact: true }).click();
  await expectVisible(page, page.getByRole('heading', { level: 2, name: 'Du 01/03/2021 au 31/03/2021' }), 'March 2021');
  const received = normalise(await page.locator('.key-figures div').first().innerText());
  if (received !== 'Signalements reçus 6') throw new Error(`the key figure says « ${received} », expected 6 received`);
  console.log(`OK: ${received}`);

  // Chart.js draws after layout: wait until every canvas has painted pixels
  await page.waitForFunction(() => {
    const canvases = [...document.querySelectorAll('.statistics-page canvas')];
    return canvases.length >= 6 && canvases.every((canvas) => {
      const { width, height } = canvas;
      if (width === 0 || height === 0) return false;
      const pixels = canvas.getContext('2d').getImageData(0, 0, width, height).data;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) return true;
      return false;
    });
  }, null, { timeout: STEP_TIMEOUT_MS });
  const charts = await page.locator('.statistics-page canvas').count();
  console.log(`OK: ${charts} charts drawn`);

  const tables = await page.locator('.statistics-page table').evaluateAll((all) =>
    all.map((table) => ({ caption: table.caption?.innerText ?? '', rows: table.tBodies[0]?.rows.length ?? 0 })));
  const empty = tables.filter((table) => table.rows === 0);
  if (tables.length < 8 || empty.length > 0) {
    throw new Error(`tables: ${JSON.stringify(tables)}`);
  }
  const lyon = page.getByRole('table', { name: 'Signalements reçus par département' }).getByRole('row', { name: '69 2' });
  await expectVisible(page, lyon, 'the row of département 69');
  console.log(`OK: ${tables.length} data tables, none empty`);

  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: STEP_TIMEOUT_MS }),
    page.getByRole('link', { name: 'Rapport d’activité (PDF)' }).click(),
  ]);
  const pdf = await readFile(await download.path());
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('the activity report is not a PDF');
  console.log(`OK: PDF ${download.suggestedFilename()} (${pdf.length} bytes)`);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  // the page's own content (the shared header is the layout's): nothing wider than the screen
  const overflow = await page.evaluate(() => {
    const main = document.querySelector('main.statistics-page');
    return Math.max(main.scrollWidth - main.clientWidth, main.getBoundingClientRect().right - window.innerWidth);
  });
  await screenshot(page, 'statistics-390.png');
  if (overflow > 1) throw new Error(`at 390 px the page is ${overflow} px too wide`);
  console.log('OK: readable at 390 px');
}

process.exitCode = await runScenario('statistics-e2e', async (page) => {
  await run(page, { baseUrl: env('BASE_URL'), username: env('VIGIE_USERNAME'), password: env('VIGIE_PASSWORD') });
});
