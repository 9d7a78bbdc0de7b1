// End-to-end check of the rules page in headless Chromium, as a coordinator:
// sign in → « Règles » → change the weight of one rule → add a word to it in the form (the JSON
// follows) → set a new version → preview (the summary, the bands before and after, the report that
// changes with its score and rank) → publish with a comment → the confirmation is focused on screen
// → the rescoring progress reaches its end → the new version is at the top of the history.
// CHANGED_ID (optional): a report the added word makes change; its previewed score is printed.
// Exit code 0 on success, 1 on failure (reason on stderr, screenshot in SCREENSHOT_DIR).
// It publishes rules: run it against an application whose ranking no other test depends on.
import { normalise, env, alertText, openFromNavigation, runScenario, signInFromHome, STEP_TIMEOUT_MS } from './browser.mjs';

const RESCORING_TIMEOUT_MS = 60_000;
const RULE = 'URGENCY';

/** Waits for a locator, failing with what the page says if it does not come. */
async function expectVisible(page, locator, what, timeout = STEP_TIMEOUT_MS) {
  await locator.first().waitFor({ state: 'visible', timeout }).catch(async () => {
    const shown = await alertText(page);
    throw new Error(`${what} did not show within ${timeout / 1000} s${shown ? `; the page says: ${shown}` : ''}`);
  });
}

async function run(page, settings) {
  await signInFromHome(page, settings.baseUrl, settings.username, settings.password);

  await openFromNavigation(page, 'Règles', '/regles');
  await page.waitForURL(/\/regles$/, { timeout: STEP_TIMEOUT_MS });
  await expectVisible(page, page.getByRole('heading', { level: 1, name: 'Règles de priorisation' }), 'the rules page');
  const weight = page.getByLabel(`Poids de ${RULE}`, { exact: true });
  await expectVisible(page, weight, `the weight of ${RULE}`);

  const before = Number(await weight.inputValue());
  const after = before + 1;
  await weight.fill(String(after));
  const editor = page.getByLabel('Définition complète (JSON)', { exact: true });
  const edited = JSON.parse(await editor.inputValue());
  const rule = edited.rules.find((candidate) => candidate.code === RULE);
  if (rule?.weight !== after) {
    throw new Error(`the JSON says ${RULE} weighs ${rule?.weight}, expected ${after} after the table edit`);
  }
  console.log(`OK: ${RULE} weight ${before} → ${after} in the table and the JSON`);

  const word = 'vélo';
  await page.getByLabel(`Ajouter à ${RULE}`, { exact: true }).fill(word);
  await page.getByLabel(`Ajouter à ${RULE}`, { exact: true }).press('Enter');
  const phrases = JSON.parse(await editor.inputValue()).rules.find((candidate) => candidate.code === RULE)?.when?.phrases ?? [];
  if (!phrases.includes(word)) throw new Error(`« ${word} » added in the form is not in the JSON: ${JSON.stringify(phrases)}`);
  const chip = page.getByRole('list', { name: `Mots et expressions de ${RULE}` }).getByText(word, { exact: true });
  await expectVisible(page, chip, `the word « ${word} » in the list of ${RULE}`);
  console.log(`OK: word « ${word} » added to ${RULE} in the form and the JSON`);

  const version = `e2e-${Date.now()}`;
  await page.getByLabel(/^Nouvelle version/).fill(version);
  if (JSON.parse(await editor.inputValue()).version !== version) {
    throw new Error('the version typed is not in the JSON');
  }

  const publish = page.getByRole('button', { name: 'Publier', exact: true });
  if (await publish.isEnabled()) throw new Error('« Publier » is enabled before any preview');
  await page.getByRole('button', { name: 'Prévisualiser', exact: true }).click();
  const summary = page.getByText(/\d+ signalements? ouverts? sur \d+ changerai(en)?t de bande/);
  await expectVisible(page, summary, 'the preview summary');
  console.log(`OK: preview « ${normalise(await summary.first().innerText())} »`);
  const bands = page.getByRole('table', { name: 'Signalements ouverts par bande' });
  await expectVisible(page, bands, 'the bands before and after');
  const changedId = process.env.CHANGED_ID;
  if (changedId) {
    const changes = page.getByRole('table', { name: /^Signalements qui changent/ });
    await expectVisible(page, changes, 'the table of the reports that change');
    const row = changes.getByRole('row').filter({ has: page.getByRole('link', { name: `Signalement ${changedId.slice(0, 8)}` }) });
    await expectVisible(page, row, `the report ${changedId.slice(0, 8)} among the changes`);
    const score = normalise(await row.locator('td').nth(1).innerText());
    const rank = normalise(await row.locator('td').nth(2).innerText());
    console.log(`OK: preview score ${score} rank ${rank}`);
  }

  await page.getByLabel(/^Commentaire de publication/).fill(`Test de bout en bout : ${RULE} à ${after}`);
  await publish.click();
  const confirmation = page.getByText(`Version ${version} publiée.`);
  await expectVisible(page, confirmation, 'the publication confirmation');
  await page.waitForFunction(
    (text) => document.activeElement?.textContent?.includes(text) ?? false,
    `Version ${version} publiée.`,
    { timeout: STEP_TIMEOUT_MS },
  ).catch(() => {
    throw new Error('the publication confirmation does not have the focus');
  });
  const box = await confirmation.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport || box.y < 0 || box.y + box.height > viewport.height) {
    throw new Error(`the publication confirmation is off-screen (${JSON.stringify(box)} in ${JSON.stringify(viewport)})`);
  }
  console.log('OK: confirmation focused and on screen');

  const bar = page.getByRole('progressbar');
  await expectVisible(page, bar, 'the rescoring progress bar');
  await page
    .waitForFunction(
      () => {
        const element = document.querySelector('[role="progressbar"]');
        return (
          element !== null &&
          element.getAttribute('aria-valuenow') === element.getAttribute('aria-valuemax') &&
          /terminé/.test(document.getElementById('rescoring-title')?.textContent ?? '')
        );
      },
      undefined,
      { timeout: RESCORING_TIMEOUT_MS },
    )
    .catch(async () => {
      const shown = await alertText(page);
      throw new Error(
        `the rescoring did not finish within ${RESCORING_TIMEOUT_MS / 1000} s` +
          (shown ? `; the page says: ${shown}` : ''),
      );
    });
  const progress = normalise(await page.locator('.rescoring-count').innerText());
  console.log(`OK: rescoring done, « ${progress} »`);

  const history = page.getByRole('table', { name: /Versions publiées/ });
  await expectVisible(page, history, 'the history of versions');
  const top = history.getByRole('row').nth(1);
  const topText = normalise(await top.innerText());
  if (!topText.startsWith(version)) {
    throw new Error(`the top of the history is « ${topText} », expected version ${version}`);
  }
  const inForce = normalise(await page.locator('#rules-in-force-title + p strong').innerText());
  if (inForce !== version) throw new Error(`the version in force is « ${inForce} », expected ${version}`);
  console.log(`OK: history starts with « ${topText} »`);
}

process.exitCode = await runScenario('rules-e2e', async (page) => {
  const settings = {
    baseUrl: env('BASE_URL'),
    username: env('VIGIE_USERNAME'),
    password: env('VIGIE_PASSWORD'),
  };
  await run(page, settings);
});
