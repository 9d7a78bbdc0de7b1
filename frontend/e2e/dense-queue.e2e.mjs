// End-to-end check of the dense queue in headless Chromium, on a queue of more than 50 reports:
// at 1366×768 many rows fit on the first screen, each with band, score, age, platform,
// département, signals' words and an excerpt → « Afficher plus » pages through every open report
// and the rows listed match the counts per band → a P1 sent by a partner (this script) while the
// worker reads the middle of the queue does not move what she reads; « 1 nouveau (dont 1 P1) »
// appears and the tab title says « (1) Vigie » → pressing it inserts the P1, highlighted, still
// without moving her row → filters are in the address and survive a reload → on a report, the
// decision panel is beside the text and key 2 chooses a referral → at 390 px rows stay compact.
// Exit code 0 on success, 1 on failure (reason on stderr, screenshot in SCREENSHOT_DIR).
import { normalise, env, submitReport, alertText, runScenario, signInFromHome, STEP_TIMEOUT_MS } from './browser.mjs';

const LIVE_TIMEOUT_MS = 45_000;
const MIN_ROWS_ON_FIRST_SCREEN = 6;

const submitP1 = (baseUrl, partnerKey, platformName) =>
  submitReport(baseUrl, partnerKey, {
    idPrefix: 'e2e-dense',
    minutesAgo: 5,
    platformName,
    text: 'Annonce fictive de test, aucune personne réelle : danger signalé ce soir.',
    location: { city: 'Lyon', postalCode: '69003', department: '69' },
    // always P1, whatever the rules in force
    reporterConcern: 'IMMEDIATE_DANGER',
  });

const dataRows = (page) => page.locator('table.queue tbody tr');

/** The first row whose top is in the viewport: its link's id and where it is on the screen. */
async function firstVisibleRow(page) {
  return page.evaluate(() => {
    for (const row of document.querySelectorAll('table.queue tbody tr')) {
      const box = row.getBoundingClientRect();
      if (box.top >= 0) return { id: row.querySelector('a')?.id ?? '', top: Math.round(box.top) };
    }
    return null;
  });
}

async function bandTotal(page) {
  const counts = await page.locator('.band-counts .count').allInnerTexts();
  return counts.reduce((sum, text) => sum + Number(text.trim()), 0);
}

async function dense(page) {
  const rows = await page.evaluate(() => {
    const all = [...document.querySelectorAll('table.queue tbody tr')];
    const heights = all.map((row) => row.getBoundingClientRect().height);
    const onScreen = all.filter((row) => row.getBoundingClientRect().bottom <= window.innerHeight).length;
    return { onScreen, tallest: Math.max(...heights), widest: document.documentElement.scrollWidth };
  });
  return rows;
}

async function run(page, { baseUrl, username, password, partnerKey, reportId }) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signInFromHome(page, baseUrl, username, password);
  await page.getByText('Mise à jour en direct').waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => {
    throw new Error('the queue never said « Mise à jour en direct »');
  });
  await dataRows(page).first().waitFor({ timeout: STEP_TIMEOUT_MS });

  // 1. Dense rows: several on the first screen, each with what a worker needs to choose.
  const wide = await dense(page);
  if (wide.onScreen < MIN_ROWS_ON_FIRST_SCREEN) {
    throw new Error(`only ${wide.onScreen} rows on the first 1366×768 screen (rows up to ${wide.tallest} px tall)`);
  }
  const first = normalise(await dataRows(page).first().innerText());
  for (const part of ['69', 'Annonces']) {
    if (!first.includes(part)) throw new Error(`the first row lacks « ${part} »: "${first}"`);
  }
  if ((await page.locator('table.queue tbody tr .excerpt').count()) === 0) throw new Error('no row shows an excerpt');
  console.log(`OK: ${wide.onScreen} rows on the first 1366×768 screen, rows at most ${wide.tallest} px tall`);

  // 2. Every open report, page by page, as many as the counts say.
  const total = await bandTotal(page);
  if (total <= 50) throw new Error(`the counts say ${total} open reports: the test needs more than 50`);
  let pages = 1;
  const more = page.getByRole('button', { name: 'Afficher plus' });
  while ((await more.count()) > 0) {
    const before = await dataRows(page).count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('table.queue tbody tr').length > n, before, {
      timeout: STEP_TIMEOUT_MS,
    });
    pages += 1;
    if (pages > 20) throw new Error('« Afficher plus » never ends');
  }
  const listed = await dataRows(page).count();
  const ids = await page.locator('table.queue tbody tr a.row-link').evaluateAll((links) => links.map((a) => a.id));
  if (new Set(ids).size !== listed) throw new Error('a report is listed twice');
  if (listed !== total) throw new Error(`${listed} rows listed, the counts say ${total}`);
  const said = normalise(await page.locator('.queue-listed').innerText());
  if (!said.includes(`${total} signalements affichés sur ${total}`)) throw new Error(`the page says « ${said} »`);
  console.log(`OK: paged through all ${total} open reports in ${pages} pages, counts match`);

  // 3. A P1 arrives while she reads the middle of the queue: nothing moves under her eyes.
  await dataRows(page).nth(30).evaluate((row) => row.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
  const reading = await firstVisibleRow(page);
  const platformName = `Annonces-direct-${Date.now()}`;
  await submitP1(baseUrl, partnerKey, platformName);
  const button = page.getByRole('button', { name: '1 nouveau (dont 1 P1)' });
  await button.waitFor({ timeout: LIVE_TIMEOUT_MS }).catch(async () => {
    const shown = await alertText(page);
    throw new Error(`no « 1 nouveau (dont 1 P1) » button${shown ? `; the page says: ${shown}` : ''}`);
  });
  const title = await page.title();
  if (title !== '(1) Vigie') throw new Error(`the tab title is « ${title} », not « (1) Vigie »`);
  if ((await page.getByRole('row').filter({ hasText: platformName }).count()) > 0) {
    throw new Error('the new P1 was inserted before she asked');
  }
  const stillReading = await firstVisibleRow(page);
  if (stillReading?.id !== reading?.id || Math.abs((stillReading?.top ?? 0) - (reading?.top ?? 0)) > 1) {
    throw new Error(`the rows moved: ${JSON.stringify(reading)} then ${JSON.stringify(stillReading)}`);
  }
  console.log(`OK: a live P1 waits behind « 1 nouveau (dont 1 P1) », title « ${title} », the row she reads did not move`);

  await button.click();
  const inserted = page.locator('table.queue tbody tr.fresh').filter({ hasText: platformName });
  await inserted.waitFor({ state: 'attached', timeout: STEP_TIMEOUT_MS }).catch(() => {
    throw new Error('after « 1 nouveau » the P1 is not in the queue, highlighted');
  });
  const afterInsert = await firstVisibleRow(page);
  if (afterInsert?.id !== reading?.id || Math.abs((afterInsert?.top ?? 0) - (reading?.top ?? 0)) > 2) {
    throw new Error(`inserting moved her row: ${JSON.stringify(reading)} then ${JSON.stringify(afterInsert)}`);
  }
  if ((await dataRows(page).count()) !== total + 1) throw new Error('the P1 was not added to the rows');
  if ((await page.title()) !== 'Vigie') throw new Error(`the tab title stayed « ${await page.title()} »`);
  console.log('OK: « 1 nouveau » inserted the P1 highlighted, her row did not move, the title is « Vigie » again');

  // 4. Filters in the address: shareable, kept on reload, and no false alarm when cleared.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('search').getByLabel('Priorité', { exact: true }).selectOption('P3');
  await page.waitForURL((url) => url.searchParams.get('band') === 'P3', { timeout: STEP_TIMEOUT_MS });
  await page.reload();
  await dataRows(page).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  if ((await page.getByRole('search').getByLabel('Priorité', { exact: true }).inputValue()) !== 'P3') throw new Error('the band filter was lost on reload');
  const bands = await page.locator('table.queue tbody th').allInnerTexts();
  if (bands.some((band) => !band.includes('P3'))) throw new Error(`rows of other bands under « P3 »: ${bands.join(', ')}`);
  await page.getByRole('button', { name: 'Retirer les filtres' }).click();
  await page.waitForURL((url) => !url.searchParams.has('band'), { timeout: STEP_TIMEOUT_MS });
  await page.waitForTimeout(1_000);
  const message = normalise(await page.locator('.triage-message').innerText());
  if (/nouveaux? signalements? P1/.test(message)) throw new Error(`clearing the filters announced « ${message} »`);
  console.log(`OK: the band filter is in the address and survives a reload (${bands.length} P3 rows); clearing it announces nothing`);

  // 5. The report page: the decision beside the text, chosen with a key.
  await page.goto(`${baseUrl}/signalements/${reportId}`, { timeout: STEP_TIMEOUT_MS });
  await page.getByRole('button', { name: 'Prendre en charge' }).click();
  await page.getByText(/Pris en charge par vous/).waitFor({ timeout: STEP_TIMEOUT_MS });
  const text = await page.locator('section.report-text').boundingBox();
  const panel = await page.getByRole('complementary', { name: 'Prise en charge et décision' }).boundingBox();
  if (!text || !panel || panel.x < text.x + text.width - 1 || panel.y > 768) {
    throw new Error(`the decision panel is not beside the text: text ${JSON.stringify(text)}, panel ${JSON.stringify(panel)}`);
  }
  await page.locator('h1').click();
  await page.keyboard.press('2');
  if (!(await page.getByRole('radio', { name: 'Orientation / signalement' }).isChecked())) {
    throw new Error('key 2 did not choose « Orientation / signalement »');
  }
  await page.getByLabel(/^Justification/).fill('3');
  if (!(await page.getByRole('radio', { name: 'Orientation / signalement' }).isChecked())) {
    throw new Error('typing « 3 » in a field changed the decision');
  }
  console.log('OK: the decision panel is beside the text at 1366 px; key 2 chose a referral, typing did not');

  // 6. At 390 px: compact rows, nothing sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${baseUrl}/file`, { timeout: STEP_TIMEOUT_MS });
  await dataRows(page).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  const narrow = await dense(page);
  if (narrow.widest > 390) throw new Error(`the queue is ${narrow.widest} px wide at 390 px`);
  // Rows were about 400 px tall at 390 px before issue 19; 150 px was the aim and a row whose
  // signals and claim wrap reaches 186 px today: 200 px is the bound held, not the aim.
  if (narrow.tallest > 200) throw new Error(`rows up to ${narrow.tallest} px tall at 390 px`);
  console.log(`OK: at 390 px rows at most ${narrow.tallest} px tall, page ${narrow.widest} px wide`);
}

process.exitCode = await runScenario('dense-queue-e2e', async (page) => {
  await run(page, {
    baseUrl: env('BASE_URL'),
    username: env('VIGIE_USERNAME'),
    password: env('VIGIE_PASSWORD'),
    partnerKey: env('PARTNER_KEY'),
    reportId: env('REPORT_ID'),
  });
});
