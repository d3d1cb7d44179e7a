// What Node tests need around a puppeteer page: the problems a user or an integrator would see
// (console errors, uncaught exceptions, requests that failed), and axe. Not a test file itself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Records, from now on, every console error, uncaught exception and failed request (network
 * failure or HTTP status ≥ 400) of `page`. `expected(url)` says which URLs may fail (a story that
 * shows the 404 state); their console lines are then expected too.
 */
export function watchProblems(page, expected = () => false) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const url = message.location()?.url ?? '';
    if (/^Failed to load resource/.test(message.text()) && expected(url)) return;
    problems.push(`console.error: ${message.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // An aborted request is the page's own doing (a lazy image scrolled away, a navigation), not a failure.
    if (reason === 'net::ERR_ABORTED' || expected(request.url())) return;
    problems.push(`request failed: ${request.url()} ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !expected(response.url())) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/**
 * Runs axe (the same axe-core the browser suite uses) on `selector` in the page, through the
 * DevTools protocol, so a strict CSP on the page does not block it. Resolves to readable lines,
 * one per violation and node: `rule (impact): target — summary`.
 */
export async function axeViolations(page, selector = 'html', { disable = [] } = {}) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (context, rules) => {
    const result = await window.axe.run(document.querySelector(context), { rules: Object.fromEntries(rules.map((id) => [id, { enabled: false }])) });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })) }));
  }, selector, disable);
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target} — ${n.summary.replace(/\s+/g, ' ').slice(0, 240)}`));
}

/** Waits until every zwgk element on the page has finished its current Lit update. */
export async function zwgkSettled(page) {
  await page.evaluate(async () => {
    for (let round = 0; round < 3; round++) {
      const elements = [];
      const collect = (root) => root.querySelectorAll('*').forEach((el) => {
        if (el.localName.startsWith('zwgk-')) elements.push(el);
        if (el.shadowRoot) collect(el.shadowRoot);
      });
      collect(document);
      await Promise.all(elements.map((el) => el.updateComplete));
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    }
  });
}
