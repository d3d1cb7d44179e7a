// What Node tests need around a puppeteer page: the problems a user or an integrator would see
// (console errors, uncaught exceptions, requests that failed), and axe. Not a test file itself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Records, from now on, every console error, uncaught exception and failed request (network
 * failure or HTTP status ≥ 400) of `page`. `problems(expected)` lists them as readable lines,
 * leaving out failed requests whose URL `expected(url)` accepts (a story that shows the 404 state)
 * and the console lines the browser prints for them.
 */
export function watchProblems(page) {
  const seen = [];
  page.on('pageerror', (error) => seen.push({ line: `uncaught: ${error.message}` }));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const url = message.location()?.url ?? '';
    seen.push({ line: `console.error: ${message.text()}${url ? ` (${url})` : ''}`, url: /^Failed to load resource/.test(message.text()) ? url : undefined });
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // An aborted request is the page's own doing (a lazy image scrolled away, a navigation), not a failure.
    if (reason !== 'net::ERR_ABORTED') seen.push({ line: `request failed: ${request.url()} ${reason}`, url: request.url() });
  });
  page.on('response', (response) => {
    if (response.status() >= 400) seen.push({ line: `HTTP ${response.status()}: ${response.url()}`, url: response.url() });
  });
  return (expected = () => false) => seen.filter((p) => !(p.url && expected(p.url))).map((p) => p.line);
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
