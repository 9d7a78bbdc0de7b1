// Every page of the workbench at 1366 px and at 390 px wide (LayoutBrowserIT): the page does not
// scroll sideways (document.documentElement.scrollWidth <= innerWidth), « Se déconnecter » is
// reachable (in the window, or behind « Menu » on a narrow screen), axe-core finds no serious or
// critical violation, and the keyboard alone gets from the top of the page to its content (skip link).
// Env: BASE_URL, VIGIE_USERNAME / VIGIE_PASSWORD (a person with every role), REPORT_ID (a report to open), CONTACT (a contact it shows, for its dossier).
// Exit code 0 on success, 1 on failure (reason on stderr, screenshots in SCREENSHOT_DIR).
import {
  env,
  normalise,
  runScenario,
  signIn,
  checkAccessibility,
  axeSource as loadAxeSource,
  sidewaysOverflow,
  screenshot,
  STEP_TIMEOUT_MS,
} from './browser.mjs';

const WIDTHS = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
];

/** Each page behind the login, with the start of its title. */
function pages(reportId, contact) {
  return [
    { path: '/file', title: 'File des signalements' },
    { path: `/signalements/${reportId}`, title: 'Signalement' },
    { path: '/relances', title: 'Mes relances' },
    { path: '/signaler', title: 'Signaler une annonce' },
    { path: '/planning', title: 'Planning' },
    { path: '/escalades', title: 'Escalades' },
    { path: '/suivi', title: 'À valider et à suivre' },
    { path: '/recherche?q=mise%20en%20page', title: 'Rechercher' },
    { path: `/contact?c=${encodeURIComponent(contact)}`, title: 'Dossier du contact' },
    { path: '/surveillance', title: 'Contacts surveillés' },
    { path: '/regles', title: 'Règles' },
    { path: '/statistiques', title: 'Statistiques' },
    { path: '/admin/partenaires', title: 'Partenaires' },
    { path: '/admin/utilisateurs', title: 'Comptes' },
    { path: '/admin/journal', title: 'Journal d’audit' },
    { path: '/admin/conservation', title: 'Conservation' },
    { path: '/securite', title: 'Double authentification' },
  ];
}

async function settle(page, title, where) {
  await page
    .getByRole('heading', { level: 1 })
    .filter({ hasText: title })
    .first()
    .waitFor({ timeout: STEP_TIMEOUT_MS })
    .catch(() => {
      throw new Error(`${where}: no title « ${title} »`);
    });
  // What loads after the title (tables, forms) is there too before anything is measured.
  await page
    .locator('.loading')
    .first()
    .waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS })
    .catch(() => {
      throw new Error(`${where}: still « Chargement… » after ${STEP_TIMEOUT_MS / 1000} s`);
    });
  await page.waitForTimeout(300);
}

async function checkWidth(page, where) {
  const overflow = await sidewaysOverflow(page);
  if (overflow > 0) {
    const widest = await page.evaluate(() => {
      const limit = window.innerWidth;
      return [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > limit + 1)
        .slice(-3)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
        .join(', ');
    });
    throw new Error(`${where}: the page scrolls sideways by ${overflow} px (too wide: ${widest})`);
  }
}

async function checkSignOut(page, where) {
  const signOut = page.getByRole('button', { name: 'Se déconnecter' });
  if (!(await signOut.isVisible())) {
    const menu = page.getByRole('button', { name: 'Menu' });
    if (!(await menu.isVisible())) throw new Error(`${where}: neither « Se déconnecter » nor « Menu » is shown`);
    await menu.click();
    await signOut.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  }
  const box = await signOut.boundingBox();
  const width = page.viewportSize().width;
  if (!box || box.x < 0 || box.x + box.width > width) {
    throw new Error(`${where}: « Se déconnecter » is cut off (${JSON.stringify(box)} in ${width} px)`);
  }
  const menu = page.getByRole('button', { name: 'Menu' });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'true') await menu.click();
}

/** The first Tab reaches « Aller au contenu », Enter puts the focus in the page's main content. */
async function checkSkipLink(page, where) {
  // From the very top of the document, as after loading it (a page may have focused its title).
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.id = 'e2e-start';
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
  });
  await page.keyboard.press('Tab');
  await page.evaluate(() => document.getElementById('e2e-start')?.remove());
  const first = normalise(await page.evaluate(() => document.activeElement?.textContent ?? ''));
  if (first !== 'Aller au contenu') throw new Error(`${where}: the first Tab reaches « ${first} », not « Aller au contenu »`);
  await page.keyboard.press('Enter');
  const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
  if (!inMain) throw new Error(`${where}: « Aller au contenu » does not put the focus in the page's content`);
}

process.exitCode = await runScenario('layout', async (page, browserErrors) => {
  const baseUrl = env('BASE_URL');
  const reportId = env('REPORT_ID');
  const source = await loadAxeSource();

  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    await page.goto(`${baseUrl}/connexion`, { timeout: STEP_TIMEOUT_MS });
    await settle(page, 'Vigie', `login at ${size.width} px`);
    await checkWidth(page, `login at ${size.width} px`);
    await checkAccessibility(page, source, `the login page at ${size.width} px`);
  }

  await page.setViewportSize(WIDTHS[0]);
  await signIn(page, baseUrl, env('VIGIE_USERNAME'), env('VIGIE_PASSWORD'), '/file');
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    for (const { path, title } of pages(reportId, env('CONTACT'))) {
      const where = `${path} at ${size.width} px`;
      await page.goto(`${baseUrl}${path}`, { timeout: STEP_TIMEOUT_MS });
      await settle(page, title, where);
      await checkWidth(page, where);
      await checkSignOut(page, where);
      await checkSkipLink(page, where);
      await checkAccessibility(page, source, where);
      if (path === '/file' || path.startsWith('/signalements/')) {
        await screenshot(page, `layout-${path.split('/')[1]}-${size.width}.png`);
      }
    }
    console.log(`OK: every page at ${size.width} px: no sideways scroll, sign-out reachable, skip link, axe clean`);
  }
  if (browserErrors.length > 0) throw new Error(`errors in the browser: ${browserErrors.join(' | ')}`);
});
