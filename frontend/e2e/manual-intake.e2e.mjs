// End-to-end check of the manual intake form in headless Chromium:
// login page → sign in → « Signaler une annonce » → a server-side error shown next to its field →
// a synthetic ad sent → the new report's page, which shows the report once analysed, ranked « Immédiat ».
// Exit code 0 on success, 1 on failure (reason on stderr, screenshot in SCREENSHOT_DIR).
import { normalise, env, alertText, openFromNavigation, runScenario, signInFromHome, STEP_TIMEOUT_MS } from './browser.mjs';

const QUEUE_TIMEOUT_MS = 60_000;
const EXPECTED_PRIORITY = 'Immédiat';
// Synthetic content only: no real ad, number or handle.
const AD_TEXT = 'Annonce de test saisie à la main, 16 ans';
const CONTACTS = ['06 39 98 00 00', '@exemple_test'];
// Looks like a base64 blob: the client lets it through, the server refuses it (text only).
const BINARY_LOOKING_TEXT = `${AD_TEXT} ${'QUJD'.repeat(60)}`;

/** The error message tied to a form control by aria-describedby, or null. */
async function fieldError(control) {
  return control.evaluate((element) => {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(' ');
    const errorId = ids.find((id) => id.endsWith('-error'));
    const message = errorId ? document.getElementById(errorId) : null;
    return message ? message.textContent : null;
  });
}

async function fillForm(page, platformName) {
  await page.getByLabel(/^Plateforme/).selectOption({ label: 'Annonces' });
  await page.getByLabel('Nom du site', { exact: true }).fill(platformName);
  await page
    .getByLabel('Adresse de l’annonce', { exact: true })
    .fill(`https://annonces.example.org/a/${encodeURIComponent(platformName)}`);
  await page.getByLabel(/^Texte de l’annonce/).fill(BINARY_LOOKING_TEXT);
  await page.getByLabel('Ville', { exact: true }).fill('Lyon');
  await page.getByLabel('Code postal', { exact: true }).fill('69003');
  await page.getByLabel('Département', { exact: true }).fill('69');

  const contacts = page.getByLabel('Contacts', { exact: true });
  await contacts.pressSequentially(CONTACTS[0]);
  await contacts.press('Enter');
  await contacts.pressSequentially(`${CONTACTS[1]},`);
  const chips = page.getByRole('list', { name: 'Contacts ajoutés' }).getByRole('listitem');
  await chips.nth(1).waitFor({ timeout: STEP_TIMEOUT_MS });
  const shown = (await chips.allInnerTexts()).map((chip) => normalise(chip.replace('×', '')));
  if (JSON.stringify(shown) !== JSON.stringify(CONTACTS)) {
    throw new Error(`expected the chips ${JSON.stringify(CONTACTS)}, saw ${JSON.stringify(shown)}`);
  }

  await page.getByLabel('Niveau d’inquiétude', { exact: true }).selectOption({ label: 'Élevée' });
  await page.getByLabel('Note', { exact: true }).fill('Saisie du test de bout en bout');
}

async function run(page, settings) {
  await signInFromHome(page, settings.baseUrl, settings.username, settings.password);

  await openFromNavigation(page, 'Signaler une annonce', '/signaler');
  await page.waitForURL(/\/signaler$/, { timeout: STEP_TIMEOUT_MS });
  await page.getByRole('heading', { name: 'Signaler une annonce' }).waitFor({ timeout: STEP_TIMEOUT_MS });
  if ((await page.locator('input[type="file"]').count()) > 0) {
    throw new Error('the form has a file input: Vigie takes text only');
  }

  await fillForm(page, settings.platformName);
  const submit = page.getByRole('button', { name: 'Envoyer le signalement' });

  // 1. The server refuses what looks like binary data: its message is shown next to the text.
  await submit.click();
  const text = page.getByLabel(/^Texte de l’annonce/);
  await page
    .waitForFunction(
      (id) => document.getElementById(id) !== null,
      'signalement-text-error',
      { timeout: STEP_TIMEOUT_MS },
    )
    .catch(async () => {
      const shown = await alertText(page);
      throw new Error(
        `no server error next to the text field (page ${page.url()})${shown ? `; the page says: ${shown}` : ''}`,
      );
    });
  const textError = await fieldError(text);
  if (!textError?.includes('ne conserve que du texte')) {
    throw new Error(`unexpected error next to the text field: "${textError}"`);
  }
  if (!page.url().endsWith('/signaler')) throw new Error('the form was left after a 422');
  if ((await page.getByLabel('Nom du site', { exact: true }).inputValue()) !== settings.platformName) {
    throw new Error('the form was not kept filled after a 422');
  }
  console.log(`OK: server error next to the text field: "${normalise(textError)}"`);

  // 2. Fixed and sent: the worker lands on her report, « analyse en cours » until it is processed.
  await text.fill(AD_TEXT);
  await submit.click();
  await page.waitForURL(/\/signalements\/[0-9a-f-]{36}$/, { timeout: STEP_TIMEOUT_MS }).catch(async () => {
    const shown = await alertText(page);
    throw new Error(`sending did not open the new report${shown ? `; the page says: ${shown}` : ''}`);
  });
  const id = /\/signalements\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  console.log(`OK: landed on the new report ${id}`);

  // 3. Once analysed, the report itself shows: its text, ranked P1.
  // The text is split by the highlight marks and their legend numbers: look for its unmarked start.
  const unmarked = AD_TEXT.slice(0, AD_TEXT.indexOf(','));
  await page.waitForFunction(
    (expected) => (document.querySelector('main')?.innerText ?? '').replace(/\s+/g, ' ').includes(expected),
    unmarked,
    { timeout: QUEUE_TIMEOUT_MS },
  ).catch(async () => {
    const shown = normalise(await page.locator('main').innerText().catch(() => ''));
    throw new Error(`the report did not show within ${QUEUE_TIMEOUT_MS / 1000} s; the page says: ${shown.slice(0, 300)}`);
  });
  const main = normalise(await page.locator('main').innerText());
  if (!main.includes(EXPECTED_PRIORITY)) {
    throw new Error(`expected priority « ${EXPECTED_PRIORITY} » on the report page: "${main.slice(0, 300)}"`);
  }
  if (!main.includes(settings.platformName)) {
    throw new Error(`the report page does not show the site name "${settings.platformName}"`);
  }
  console.log(`OK: report ${id} shown, ranked « ${EXPECTED_PRIORITY} »`);
}

process.exitCode = await runScenario('manual-intake-e2e', async (page) => {
  const settings = {
    baseUrl: env('BASE_URL'),
    username: env('VIGIE_USERNAME'),
    password: env('VIGIE_PASSWORD'),
    platformName: `E2E-saisie-${Date.now()}`,
  };
  await run(page, settings);
});
