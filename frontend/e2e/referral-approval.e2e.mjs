// Four eyes in a real browser: a worker records a referral to the police on a report a partner
// sent → it waits for a second approval (the worker is told so) → a coordinator finds it in
// « À valider et à suivre », opens the report and approves it → the referral is to be sent, and the
// French PDF packet is offered. The test that runs this script checks that the partner's webhook
// receiver got the outcome, signed.
// Env: BASE_URL, REPORT_ID, WORKER_USERNAME, WORKER_PASSWORD, COORDINATOR_USERNAME, COORDINATOR_PASSWORD.
import { STEP_TIMEOUT_MS, alertText, env, launchChromium, normalise, openFromNavigation, screenshot, signInFromHome } from './browser.mjs';

async function workerRefersToThePolice(page, baseUrl, reportId) {
  await signInFromHome(page, baseUrl, env('WORKER_USERNAME'), env('WORKER_PASSWORD'));
  await page.goto(`${baseUrl}/signalements/${reportId}`, { timeout: STEP_TIMEOUT_MS });
  await page.getByRole('heading', { name: /^Signalement/, level: 1 }).waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.getByRole('button', { name: 'Prendre en charge' }).click();
  await page.getByText(/Pris en charge par vous/).waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.getByRole('radio', { name: 'Orientation / signalement' }).check();
  await page.getByLabel(/^Orienté vers/).selectOption({ label: 'Police (BPM / OFMIN)' });
  await page.getByLabel(/^Urgence/).selectOption({ label: 'Immédiate (danger actuel)' });
  await page.getByLabel(/^Justification/).fill('Mineure de 16 ans selon l’annonce, rendez-vous ce soir à l’hôtel (test).');
  await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await page.waitForURL(/\/file$/, { timeout: STEP_TIMEOUT_MS }).catch(async () => {
    const shown = await alertText(page);
    throw new Error(`the decision did not lead back to /file${shown ? `; the page says: ${shown}` : ''}`);
  });
  await page.goto(`${baseUrl}/signalements/${reportId}`, { timeout: STEP_TIMEOUT_MS });
  await page.getByRole('heading', { name: 'Seconde approbation' }).waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => {
    throw new Error('the police referral does not say it waits for a second approval');
  });
  const summary = normalise(await page.locator('.report-summary').innerText());
  if (!summary.includes('En attente de seconde approbation')) throw new Error(`unexpected status: "${summary}"`);
  console.log('OK: the worker recorded a police referral; it waits for a second approval');
}

async function coordinatorApproves(page, baseUrl, reportId) {
  await signInFromHome(page, baseUrl, env('COORDINATOR_USERNAME'), env('COORDINATOR_PASSWORD'));
  await openFromNavigation(page, 'À valider et à suivre', '/suivi');
  await page.waitForURL(/\/suivi$/, { timeout: STEP_TIMEOUT_MS });
  const pending = page.locator(`a[href="/signalements/${reportId}"]`).first();
  await pending.waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => {
    throw new Error('the pending police referral is not in « À valider et à suivre »');
  });
  await pending.click();
  await page.waitForURL(new RegExp(`/signalements/${reportId}$`), { timeout: STEP_TIMEOUT_MS });
  await page.getByLabel('Commentaire').fill('Vu, éléments suffisants (test).');
  await page.getByRole('button', { name: 'Approuver' }).click();
  await page.getByRole('heading', { name: 'Suivi de l’orientation' }).waitFor({ timeout: STEP_TIMEOUT_MS }).catch(async () => {
    const shown = await alertText(page);
    throw new Error(`the approval did not lead to the referral's follow-through${shown ? `; the page says: ${shown}` : ''}`);
  });
  await page.getByText('Seconde approbation : approuvée').waitFor({ timeout: STEP_TIMEOUT_MS });
  const pdf = page.getByRole('link', { name: 'Télécharger la fiche de transmission (PDF)' });
  if ((await pdf.getAttribute('href')) !== `/api/v1/reports/${reportId}/referral-packet.pdf`) {
    throw new Error('no PDF packet link on the report page');
  }
  const type = await page.evaluate(
    async (href) => (await fetch(href)).headers.get('Content-Type'),
    `/api/v1/reports/${reportId}/referral-packet.pdf`,
  );
  if (!type?.startsWith('application/pdf')) throw new Error(`the packet is not a PDF: ${type}`);
  console.log('OK: a second coordinator approved it; the referral is to be sent, the PDF packet is offered');
}

async function main() {
  let browser;
  let worker;
  let coordinator;
  const browserErrors = [];
  try {
    const baseUrl = env('BASE_URL');
    const reportId = env('REPORT_ID');
    browser = await launchChromium();
    const options = { locale: 'fr-FR', timezoneId: 'Europe/Paris' };
    worker = await (await browser.newContext(options)).newPage();
    coordinator = await (await browser.newContext(options)).newPage();
    for (const page of [worker, coordinator]) {
      page.on('pageerror', (error) => browserErrors.push(error.message));
    }
    await workerRefersToThePolice(worker, baseUrl, reportId);
    await coordinatorApproves(coordinator, baseUrl, reportId);
    await screenshot(coordinator, 'referral-approval-e2e.png');
    return 0;
  } catch (error) {
    console.error(`FAILED: ${error.message}`);
    for (const message of browserErrors) console.error(`browser error: ${message}`);
    await screenshot(worker, 'referral-approval-e2e-worker-failure.png');
    await screenshot(coordinator, 'referral-approval-e2e-coordinator-failure.png');
    return 1;
  } finally {
    await browser?.close();
  }
}

process.exitCode = await main();
