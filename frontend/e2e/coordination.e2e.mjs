// End-to-end check of the coordination story in headless Chromium, a coordinator and a worker:
// the coordinator opens « Planning » and plans, through its form, a shift for the worker limited to
// département 69 (from an hour ago, eight hours long: a night shift when the run is in the evening)
// and her own duty over 69 → the worker signs in and her queue shows « Votre créneau : dép. 69 »
// and only 69 (a report in 13 stays out) → a P1 in 69 stays unclaimed past its threshold (seconds
// in the test application) → the coordinator, whose page stayed open, gets a desktop notification
// and the tab title counts it, and acknowledges it in the alerts panel → the worker escalates a
// report and it appears in the coordinator's « Escalades » inbox with her reason.
// Exit code 0 on success, 1 on failure (reason on stderr, screenshots in SCREENSHOT_DIR).
import { normalise, env, submitReport, awaitLiveRow, screenshot, alertText, signInFromHome, launchChromium, describePage, openFromNavigation, STEP_TIMEOUT_MS } from './browser.mjs';

const ALERT_TIMEOUT_MS = 60_000;

const PARIS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Paris day (YYYY-MM-DD) and time (HH:MM) of an instant. */
function paris(instant) {
  const parts = Object.fromEntries(PARIS.formatToParts(instant).map((p) => [p.type, p.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

const submitAsPartner = (baseUrl, partnerKey, platformName, department, text) =>
  submitReport(baseUrl, partnerKey, { idPrefix: `e2e-coordination-${department}`, platformName, text, location: { department } });

async function planShift(page, { username, kind, window, departments }) {
  await page.getByLabel(/^Personne/).fill(username);
  await page.getByLabel('Type').selectOption({ label: kind });
  await page.getByLabel(/^Jour/).fill(window.start.day);
  await page.getByLabel(/^Début/).fill(window.start.time);
  await page.getByLabel(/^Fin/).fill(window.end.time);
  await page.getByLabel('Départements').fill(departments);
  await page.getByRole('button', { name: 'Enregistrer le créneau' }).click();
  await page.getByText('Créneau enregistré.').waitFor({ timeout: STEP_TIMEOUT_MS }).catch(async () => {
    const shown = normalise(await page.locator('form[aria-label="Planifier un créneau"]').innerText());
    throw new Error(`the shift for ${username} was not planned; the form says: ${shown}`);
  });
}

async function run(coordinatorPage, workerPage, s) {
  // 1. The coordinator plans the worker's shift on 69 and her own duty, through the planning form.
  await signInFromHome(coordinatorPage, s.baseUrl, s.coordinator.username, s.coordinator.password);
  await openFromNavigation(coordinatorPage, 'Planning', '/planning');
  await coordinatorPage.getByRole('heading', { name: 'Planning des créneaux' }).waitFor({ timeout: STEP_TIMEOUT_MS });
  const startAt = new Date(Math.floor((Date.now() - 60 * 60_000) / 3_600_000) * 3_600_000);
  const window = { start: paris(startAt), end: paris(new Date(startAt.getTime() + 8 * 3_600_000)) };
  await planShift(coordinatorPage, { username: s.worker.username, kind: 'Maraude (intervenant·e)', window, departments: '69' });
  await planShift(coordinatorPage, { username: s.coordinator.username, kind: 'Astreinte de coordination', window, departments: '69' });
  await coordinatorPage.getByTitle(new RegExp(`^${s.worker.username} — Maraude`)).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  console.log(`OK: shift planned for ${s.worker.username} on 69, ${window.start.day} ${window.start.time} – ${window.end.time}, and the coordinator's duty`);

  // 2. The worker signs in: her queue is her shift's, 69 only.
  const inLyon = `${s.platformName}-69`;
  const inMarseille = `${s.platformName}-13`;
  const outside = await submitAsPartner(s.baseUrl, s.partnerKey, inMarseille, '13', 'Annonce fictive de Marseille, rien à signaler. Test.');
  await signInFromHome(workerPage, s.baseUrl, s.worker.username, s.worker.password);
  const chip = workerPage.locator('.scope-chip');
  await chip.waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => {
    throw new Error('the worker on shift sees no scope chip over her queue');
  });
  const chipText = normalise(await chip.innerText());
  if (!chipText.includes('Votre créneau') || !chipText.includes('dép. 69')) throw new Error(`unexpected scope chip: "${chipText}"`);
  const header = normalise(await workerPage.locator('.my-shift').innerText());
  if (!header.includes('En créneau') || !header.includes('lus')) throw new Error(`the header does not show her shift and exposure: "${header}"`);
  const p1 = await submitAsPartner(s.baseUrl, s.partnerKey, inLyon, '69',
    'Lycéenne de 16 ans, nouvelle, dispo ce soir. Texte fictif de test.');
  await awaitLiveRow(workerPage, workerPage.getByRole('row').filter({ hasText: inLyon }), ALERT_TIMEOUT_MS);
  await workerPage.waitForTimeout(1_000);
  if ((await workerPage.getByRole('row').filter({ hasText: inMarseille }).count()) > 0) {
    throw new Error('a report in 13 is in the queue of a worker whose shift is limited to 69');
  }
  const departments = await workerPage.locator('table.queue tbody tr').allInnerTexts();
  console.log(`OK: the worker sees only 69 (« ${chipText} », ${departments.length} row(s)); the report ${outside} in 13 is not there`);

  // 3. The P1 in 69 stays unclaimed past its threshold: the coordinator on duty is notified and acknowledges.
  const alertLink = coordinatorPage.getByRole('link', { name: 'P1 sans prise en charge' });
  await alertLink.first().waitFor({ timeout: ALERT_TIMEOUT_MS }).catch(async () => {
    throw new Error(`no alert reached the coordinator within ${ALERT_TIMEOUT_MS / 1000} s; the page says: ${await alertText(coordinatorPage)}`);
  });
  const href = await alertLink.first().getAttribute('href');
  if (href !== `/signalements/${p1}`) throw new Error(`the alert links to ${href}, not to the P1 ${p1}`);
  await coordinatorPage.waitForFunction(() => (window.__notifications ?? []).some((n) => n.title.includes('P1 sans prise en charge')),
    null, { timeout: STEP_TIMEOUT_MS }).catch(() => {
    throw new Error('no desktop notification was shown for the alert');
  });
  const notifications = await coordinatorPage.evaluate(() => window.__notifications);
  const title = await coordinatorPage.title();
  if (!/^\(\d+\) Vigie$/.test(title)) throw new Error(`the tab title does not count the alert: "${title}"`);
  if (JSON.stringify(notifications).includes('Lycéenne')) throw new Error('report content in a desktop notification');
  const panel = coordinatorPage.getByRole('alert', { name: 'Alertes de coordination' });
  const panelText = normalise(await panel.innerText());
  if (!panelText.includes('vous êtes d’astreinte')) throw new Error(`the panel does not say she is on duty: "${panelText}"`);
  await panel.locator('li').filter({ has: coordinatorPage.locator(`a[href="/signalements/${p1}"]`) })
    .getByRole('button', { name: 'Prendre en compte' }).click();
  await coordinatorPage.getByText(`pris en compte par ${s.coordinator.username}`).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  console.log(`OK: the coordinator on duty was notified (« ${notifications[0].title} » — ${notifications[0].body}; tab « ${title} ») and acknowledged`);

  // 4. The worker escalates the report; it appears in the coordinator's inbox.
  await workerPage.getByRole('row').filter({ hasText: inLyon }).getByRole('link').click();
  await workerPage.waitForURL(new RegExp(`/signalements/${p1}$`), { timeout: STEP_TIMEOUT_MS });
  await workerPage.getByRole('button', { name: 'Prendre en charge' }).click();
  await workerPage.getByText(/Pris en charge par vous/).waitFor({ timeout: STEP_TIMEOUT_MS });
  await workerPage.getByRole('radio', { name: /^Escalade/ }).check();
  const reason = 'Doute sur l’âge, avis de la coordination (test)';
  await workerPage.getByLabel(/^Motif de l’escalade/).fill(reason);
  await workerPage.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await workerPage.waitForURL(/\/file$/, { timeout: STEP_TIMEOUT_MS });
  await openFromNavigation(coordinatorPage, 'Escalades', '/escalades');
  const item = coordinatorPage.locator('ul.escalations li').filter({ hasText: reason });
  await item.waitFor({ timeout: STEP_TIMEOUT_MS }).catch(async () => {
    throw new Error(`the escalation is not in the inbox; the page says: ${normalise(await coordinatorPage.locator('main').innerText())}`);
  });
  const itemText = normalise(await item.innerText());
  if (!itemText.includes(s.worker.username)) throw new Error(`the inbox does not say who escalated: "${itemText}"`);
  console.log(`OK: the escalation is in the coordinator's inbox: "${itemText}"`);
}

async function main() {
  let browser;
  let coordinatorPage;
  let workerPage;
  const browserErrors = [];
  try {
    const settings = {
      baseUrl: env('BASE_URL'),
      coordinator: { username: env('COORDINATOR_USERNAME'), password: env('COORDINATOR_PASSWORD') },
      worker: { username: env('WORKER_USERNAME'), password: env('WORKER_PASSWORD') },
      partnerKey: env('PARTNER_KEY'),
      platformName: `E2E-coord-${Date.now()}`,
    };
    browser = await launchChromium();
    const options = { locale: 'fr-FR', timezoneId: 'Europe/Paris' };
    const coordinatorContext = await browser.newContext(options);
    // Headless Chromium shows no desktop notification: record what the page asks the browser to show.
    await coordinatorContext.addInitScript(() => {
      window.__notifications = [];
      window.Notification = class {
        static permission = 'granted';
        static requestPermission() {
          return Promise.resolve('granted');
        }
        constructor(title, options) {
          window.__notifications.push({ title, body: options?.body ?? '' });
        }
      };
    });
    coordinatorPage = await coordinatorContext.newPage();
    workerPage = await (await browser.newContext(options)).newPage();
    for (const [name, page] of [
      ['coordinator', coordinatorPage],
      ['worker', workerPage],
    ]) {
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          browserErrors.push(`${name}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => browserErrors.push(`${name}: ${error.message}`));
    }
    await run(coordinatorPage, workerPage, settings);
    await screenshot(coordinatorPage, 'coordination-coordinator.png');
    await screenshot(workerPage, 'coordination-worker.png');
    if (browserErrors.length > 0) throw new Error(`errors in the browser:\n${browserErrors.join('\n')}`);
    return 0;
  } catch (error) {
    console.error(`FAILED: ${error.message}`);
    for (const message of browserErrors) console.error(`browser error: ${message}`);
    console.error(`coordinator's page: ${await describePage(coordinatorPage)}`);
    console.error(`worker's page: ${await describePage(workerPage)}`);
    await screenshot(coordinatorPage, 'coordination-coordinator-failure.png');
    await screenshot(workerPage, 'coordination-worker-failure.png');
    return 1;
  } finally {
    await browser?.close();
  }
}

process.exitCode = await main();
