// The administration pages in a real browser: an administrator creates an account (a weak
// password is refused first), disables it, sees it in the list, then finds the creation in the
// audit log and checks the log's integrity.
// Env: BASE_URL, VIGIE_USERNAME, VIGIE_PASSWORD (an administrator), NEW_USERNAME.
import { STEP_TIMEOUT_MS, env, normalise, openFromNavigation, runScenario, screenshot, signIn } from './browser.mjs';

async function scenario(page, browserErrors) {
  const baseUrl = env('BASE_URL');
  const newUsername = env('NEW_USERNAME');
  await signIn(page, baseUrl, env('VIGIE_USERNAME'), env('VIGIE_PASSWORD'), '/file');

  await openFromNavigation(page, 'Comptes', '/admin/utilisateurs');
  await page.waitForURL(/\/admin\/utilisateurs$/, { timeout: STEP_TIMEOUT_MS });
  await page.getByRole('heading', { name: 'Comptes' }).waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.getByRole('row').filter({ hasText: 'admin' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });

  // a weak password is refused, with the reason in French
  await page.getByLabel('Identifiant', { exact: true }).fill(newUsername);
  await page.getByLabel('Mot de passe initial').fill('azertyuiop123');
  await page.getByLabel('Coordination').check();
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Mot de passe' });
  await refusal.waitFor({ timeout: STEP_TIMEOUT_MS });
  if (!normalise(await refusal.innerText()).includes('trop courant')) {
    throw new Error(`unexpected refusal: ${await refusal.innerText()}`);
  }

  await page.getByLabel('Mot de passe initial').fill('une-phrase-de-passe-solide-31');
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await page.getByRole('status').filter({ hasText: `Compte ${newUsername} créé.` }).waitFor({ timeout: STEP_TIMEOUT_MS });
  const row = page.getByRole('row').filter({ hasText: newUsername });
  await row.waitFor({ timeout: STEP_TIMEOUT_MS });
  const rowText = normalise(await row.innerText());
  if (!rowText.includes('Intervenant·e, Coordination') || !rowText.includes('Actif')) {
    throw new Error(`the new account's row reads "${rowText}"`);
  }

  // disable it
  await page.getByRole('button', { name: `Gérer ${newUsername}` }).click();
  await page.getByRole('heading', { name: `Gérer le compte ${newUsername}` }).waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.getByRole('button', { name: 'Désactiver' }).click();
  await page.getByRole('status').filter({ hasText: 'Compte désactivé.' }).waitFor({ timeout: STEP_TIMEOUT_MS });
  await row.filter({ hasText: 'Désactivé' }).waitFor({ timeout: STEP_TIMEOUT_MS });

  await screenshot(page, 'admin-users-e2e.png');

  // the audit log shows both, and is intact
  await openFromNavigation(page, 'Journal d’audit', '/admin/journal');
  await page.getByRole('heading', { name: 'Journal d’audit' }).waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.getByRole('row').filter({ hasText: 'Compte créé' }).filter({ hasText: newUsername }).first()
    .waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.getByRole('row').filter({ hasText: 'Compte désactivé' }).filter({ hasText: newUsername }).first()
    .waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.getByLabel('Utilisateur').fill('admin');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await page.getByRole('row').filter({ hasText: 'Connexion réussie' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  // The browser runs on the server's machine: the address reads in words, not as 0:0:0:0:0:0:0:1.
  await page.getByRole('row').filter({ hasText: 'Connexion réussie' }).filter({ hasText: 'cet ordinateur (localhost)' })
    .first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.getByRole('button', { name: 'Vérifier l’intégrité du journal' }).click();
  const verdict = page.getByRole('status').filter({ hasText: 'Journal' });
  await verdict.waitFor({ timeout: STEP_TIMEOUT_MS });
  const verdictText = normalise(await verdict.innerText());
  if (!verdictText.startsWith('Journal intègre')) throw new Error(`integrity check says: ${verdictText}`);

  await screenshot(page, 'admin-audit-e2e.png');

  // retention dry run
  await openFromNavigation(page, 'Conservation', '/admin/conservation');
  // The policy in force is shown before any dry run.
  await page.getByRole('heading', { name: 'Règle en vigueur' }).waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.getByRole('button', { name: 'Simuler' }).click();
  await page.getByRole('heading', { name: /^Simulation du/ }).waitFor({ timeout: STEP_TIMEOUT_MS });

  if (browserErrors.length > 0) throw new Error(`errors in the browser: ${browserErrors.join(' | ')}`);
  console.log(`OK: created and disabled ${newUsername}; audit log shows it; ${verdictText}`);
}

process.exitCode = await runScenario('admin-e2e', scenario);
