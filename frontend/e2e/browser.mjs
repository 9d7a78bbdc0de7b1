// Shared helpers of the e2e scripts: launch the system Chromium, sign in, report failures.
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const STEP_TIMEOUT_MS = 20_000;

export const normalise = (text) => text.replace(/\s+/g, ' ').trim();

export function env(name) {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
}

export async function screenshot(page, name) {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir || !page) return;
  try {
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, name);
    await page.screenshot({ path: file, fullPage: true });
    console.error(`screenshot: ${file}`);
  } catch (error) {
    console.error(`could not save a screenshot: ${error.message}`);
  }
}

export async function alertText(page) {
  const alert = page.getByRole('alert');
  return (await alert.count()) > 0 ? normalise(await alert.first().innerText()) : null;
}

/** Where a page is and what it shows at its top: the URL, its main heading and any alert. */
export async function describePage(page) {
  if (!page) return 'no page';
  try {
    const heading = page.getByRole('heading', { level: 1 });
    const h1 = (await heading.count()) > 0 ? normalise(await heading.first().innerText()) : '(no heading)';
    const shown = await alertText(page);
    return `${page.url()} « ${h1} »${shown ? `; the page says: ${shown}` : ''}`;
  } catch (error) {
    return `${page.url()} (could not read it: ${error.message})`;
  }
}

/**
 * Opens a page from the header's navigation as a person would, and waits until the address is
 * the page's. A click lost while the header re-lays itself out (its status arrives after the
 * page) is tried once more; anything else, a sign-in page after a session dropped included, fails
 * with where the browser actually is.
 */
export async function openFromNavigation(page, name, pathname) {
  const link = page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name, exact: true });
  const arrived = () => page.waitForURL((url) => url.pathname === pathname, { timeout: STEP_TIMEOUT_MS / 2 });
  const from = page.url();
  await link.click();
  try {
    await arrived();
  } catch {
    if (page.url() !== from) throw new Error(`« ${name} » should open ${pathname}, but the browser is on ${await describePage(page)}`);
    await link.click();
    await arrived().catch(async () => {
      throw new Error(`« ${name} » clicked twice did not open ${pathname}; the browser is on ${await describePage(page)}`);
    });
  }
}

/**
 * Clicks a button of the page and waits for what it shows (a locator). A click lost while the
 * header re-lays itself out above the button (its status arrives after the page, and moves the
 * button down under the pointer) is tried once more, if the button is still there; otherwise it
 * fails with where the browser is and what it says.
 */
export async function clickUntilShown(page, button, shown, what) {
  await button.click();
  try {
    await shown.waitFor({ timeout: STEP_TIMEOUT_MS / 2 });
  } catch {
    if ((await button.count()) === 0) {
      throw new Error(`${what} did not appear after one click; the browser is on ${await describePage(page)}`);
    }
    await button.click();
    await shown.waitFor({ timeout: STEP_TIMEOUT_MS / 2 }).catch(async () => {
      throw new Error(`${what} did not appear after two clicks; the browser is on ${await describePage(page)}`);
    });
  }
}

/** Fills and sends the login form of the page already open, then waits for expectedPath. */
async function submitLogin(page, username, password, expectedPath) {
  await page.getByLabel('Identifiant', { exact: true }).fill(username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => url.pathname === expectedPath, { timeout: STEP_TIMEOUT_MS }).catch(async () => {
    const shown = await alertText(page);
    throw new Error(
      `${username}: login did not open ${expectedPath} but ${page.url()}${shown ? `; the page says: ${shown}` : ''}`,
    );
  });
}

export async function signIn(page, baseUrl, username, password, expectedPath) {
  await page.goto(`${baseUrl}/connexion`, { timeout: STEP_TIMEOUT_MS });
  await submitLogin(page, username, password, expectedPath);
}

/** Opens the home page as a visitor would: it must send to /connexion; signs in; lands on the queue. */
export async function signInFromHome(page, baseUrl, username, password) {
  await page.goto(baseUrl, { timeout: STEP_TIMEOUT_MS });
  await page.waitForURL(/\/connexion$/, { timeout: STEP_TIMEOUT_MS }).catch(() => {
    throw new Error(`expected a redirect to /connexion, but the page is ${page.url()}`);
  });
  await submitLogin(page, username, password, '/file');
}

/** The system Chromium, headless, with nothing that reaches out to the network by itself. */
/**
 * Sends one synthetic report as a partner and returns its id; `report` holds what differs from
 * an ordinary classified ad seen a few minutes ago (its text, place, concern…); `withUrl` gives it
 * an address of its own on example.org.
 */
export async function submitReport(baseUrl, partnerKey, { idPrefix, minutesAgo = 10, withUrl = false, ...report }) {
  const externalId = `${idPrefix}-${Date.now()}`;
  const response = await fetch(`${baseUrl}/api/v1/reports`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${partnerKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      externalId,
      platform: 'CLASSIFIED_AD',
      observedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
      contacts: [`@exemple_${externalId.slice(-8)}`],
      reporterConcern: 'HIGH',
      ...(withUrl ? { url: `https://annonces.example.org/a/${externalId}` } : {}),
      ...report,
    }),
  });
  if (response.status !== 202) throw new Error(`the partner API answered ${response.status}: ${await response.text()}`);
  return (await response.json()).id;
}

/**
 * Waits for a live report's row in the queue. Into an empty queue a live report goes straight in;
 * behind rows she may be reading it waits behind « N nouveaux » so that nothing moves under her
 * eyes, and she lets it in — as a worker would, this presses the button when it comes first.
 */
export async function awaitLiveRow(page, row, timeout) {
  const newReports = page.getByRole('button', { name: /^\d+ nouveaux?\b/ });
  await row.or(newReports).first().waitFor({ state: 'visible', timeout });
  if (!(await row.isVisible())) await newReports.click({ timeout: STEP_TIMEOUT_MS });
  await row.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Runs scenario(page, browserErrors) in a fresh headless Chromium; exit code 0 on success. */
export async function runScenario(name, scenario) {
  let browser;
  let page;
  const browserErrors = [];
  try {
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    page.on('console', (message) => {
      // 401 before login and 422 on a refused form are answers the pages handle, not errors.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        browserErrors.push(message.text());
      }
    });
    page.on('pageerror', (error) => browserErrors.push(error.message));
    await scenario(page, browserErrors);
    await screenshot(page, `${name}.png`);
    return 0;
  } catch (error) {
    console.error(`FAILED: ${error.message}`);
    for (const message of browserErrors) console.error(`browser error: ${message}`);
    console.error(`the page: ${await describePage(page)}`);
    await screenshot(page, `${name}-failure.png`);
    return 1;
  } finally {
    await browser?.close();
  }
}

const require = createRequire(import.meta.url);

/** axe-core's script, to evaluate in a page. */
export function axeSource() {
  return readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
}

/**
 * Runs axe-core in the page (evaluated over the DevTools protocol: the app's CSP stays on) and
 * throws on any serious or critical violation.
 */
export async function checkAccessibility(page, source, name) {
  if ((await page.evaluate(() => typeof window.axe)) === 'undefined') await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  });
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length > 0) {
    throw new Error(
      `axe-core on ${name}: ${blocking.length} serious or critical violation(s):\n` +
        blocking.map((v) => `  [${v.impact}] ${v.id}: ${v.help} — ${v.targets.join(', ')}`).join('\n'),
    );
  }
  const minor = violations.map((v) => `${v.id} (${v.impact})`).join(', ');
  console.log(`OK: axe-core on ${name}: no serious or critical violation${minor ? `; minor: ${minor}` : ''}`);
}

/** How many pixels the document is wider than the window (0 when it does not scroll sideways). */
export async function sidewaysOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
