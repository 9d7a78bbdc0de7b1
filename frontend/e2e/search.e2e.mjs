// End-to-end check of search, the contact dossier and the watchlist in headless Chromium, as a worker:
// sign in → « Rechercher » → a phone number typed in another writing (PHONE_WRITING) → the report
// (REPORT_ID) is found → « Ouvrir le dossier de ce contact » → the dossier lists the report →
// « Voir le réseau de ce contact »: the graph's canvas is drawn and its table lists the report (at
// 390 px too, with no sideways scroll; no serious axe-core violation at either width) → back to
// the dossier → « Surveiller ce contact » with a note → « Contacts surveillés » lists the contact →
// in « Être prévenu·e », with the keyboard only: Tab to « Activer les notifications du bureau »,
// Enter (the page's Notifications API is a stand-in: headless Chromium has none to grant), Tab to
// the e-mail field, type ALERT_EMAIL, Enter → « Adresse enregistrée » → reload: the address and the
// notifications are still on.
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

/** Presses Tab until the focus is on `locator`, as someone on the keyboard gets there; the number of presses. */
async function tabTo(page, locator, what, limit = 60) {
  await locator.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await locator.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`${what} is not reached with Tab (${limit} presses)`);
}

async function run(page, settings) {
  // Headless Chromium grants no desktop notification: a stand-in that asks nothing and, like the
  // browser, remembers the answer across a reload (in this origin's storage).
  await page.addInitScript(() => {
    const key = 'e2e-notification-permission';
    window.Notification = class {
      static get permission() {
        return window.localStorage.getItem(key) ?? 'default';
      }
      static requestPermission() {
        window.localStorage.setItem(key, 'granted');
        return Promise.resolve('granted');
      }
    };
  });
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

  // How she is told of it: desktop notifications, then her address, without the mouse.
  const notify = page.getByRole('region', { name: 'Être prévenu·e' });
  const enable = notify.getByRole('button', { name: 'Activer les notifications du bureau' });
  const toEnable = await tabTo(page, enable, '« Activer les notifications du bureau »');
  await page.keyboard.press('Enter');
  await expectVisible(page, notify.getByText('Notifications du bureau activées.'), 'the notifications turned on');
  const field = notify.getByLabel('Adresse électronique pour vos alertes (vide : aucun courriel)');
  const toField = await tabTo(page, field, 'the e-mail field');
  await page.keyboard.type(settings.email);
  await page.keyboard.press('Enter');
  await expectVisible(page, notify.getByText('Adresse enregistrée : chaque alerte vous sera envoyée une fois.'), 'the address saved');
  console.log(`OK: notifications and e-mail turned on with the keyboard (Tab ×${toEnable}, then ×${toField})`);

  await page.reload({ timeout: STEP_TIMEOUT_MS });
  await expectVisible(page, notify.getByText('Notifications du bureau activées.'), 'the notifications after a reload');
  await page.waitForFunction((email) => document.getElementById('adresse-alertes')?.value === email, settings.email,
    { timeout: STEP_TIMEOUT_MS }).catch(async () => {
    throw new Error(`after a reload the e-mail field holds « ${await field.inputValue()} », not the address saved`);
  });
  if (await notify.getByRole('button', { name: 'Activer les notifications du bureau' }).isVisible()) {
    throw new Error('after a reload « Activer les notifications du bureau » is offered again');
  }
  console.log('OK: after a reload the address and the notifications are kept');
}

process.exitCode = await runScenario('search-e2e', async (page) => {
  await run(page, {
    baseUrl: env('BASE_URL'), username: env('VIGIE_USERNAME'), password: env('VIGIE_PASSWORD'),
    phone: env('PHONE_WRITING'), reportId: env('REPORT_ID'), email: env('ALERT_EMAIL'),
  });
});
