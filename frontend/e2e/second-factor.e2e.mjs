// A person sets up the TOTP second factor in the browser, signs out, and signs in again with
// password and code (computed here as an authenticator application would).
// Env: BASE_URL, VIGIE_USERNAME, VIGIE_PASSWORD (a person without a second factor yet).
import { createHmac } from 'node:crypto';
import { STEP_TIMEOUT_MS, clickUntilShown, env, runScenario, signIn } from './browser.mjs';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function unbase32(text) {
  let bits = 0;
  let value = 0;
  const bytes = [];
  for (const char of text.replace(/[\s=]/g, '').toUpperCase()) {
    value = (value << 5) | ALPHABET.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

function totp(secret, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const hash = createHmac('sha1', unbase32(secret)).update(counter).digest();
  const offset = hash[hash.length - 1] & 0x0f;
  const binary = hash.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

const currentStep = () => Math.floor(Date.now() / 1000 / 30);

async function scenario(page, browserErrors) {
  const baseUrl = env('BASE_URL');
  const username = env('VIGIE_USERNAME');
  const password = env('VIGIE_PASSWORD');
  await signIn(page, baseUrl, username, password, '/file');

  await page.goto(`${baseUrl}/securite`, { timeout: STEP_TIMEOUT_MS });
  const key = page.locator('code[data-secret]');
  await clickUntilShown(page, page.getByRole('button', { name: 'Générer ma clé' }), key, 'the new key');
  const secret = await key.getAttribute('data-secret');
  const step = currentStep();
  await page.getByLabel('Code à 6 chiffres').fill(totp(secret, step));
  await page.getByRole('button', { name: 'Activer' }).click();
  await page.getByRole('status').filter({ hasText: 'La double authentification est active' })
    .waitFor({ timeout: STEP_TIMEOUT_MS });

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.waitForURL(/\/connexion$/, { timeout: STEP_TIMEOUT_MS });
  await page.getByLabel('Identifiant', { exact: true }).fill(username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  const codeField = page.getByLabel('Code de vérification');
  await codeField.waitFor({ timeout: STEP_TIMEOUT_MS });
  // the set-up used this step's code: the next one is valid (one step of drift) and not a replay
  await codeField.fill(totp(secret, Math.max(step, currentStep()) + 1));
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(/\/file$/, { timeout: STEP_TIMEOUT_MS });

  if (browserErrors.length > 0) throw new Error(`errors in the browser: ${browserErrors.join(' | ')}`);
  console.log(`OK: ${username} set up a second factor and signed in with a code`);
}

process.exitCode = await runScenario('second-factor-e2e', scenario);
