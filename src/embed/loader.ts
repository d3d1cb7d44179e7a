/**
 * zwgk-loader.js: for CMS pages that cannot carry `<script type="module">` or `<zwgk-*>` tags
 * (WordPress without the unfiltered_html capability strips both; some site-cluster platforms only
 * accept a script URL). A plain, non-module script: include it once, by URL, from the folder that
 * holds zwgk-elements.js. It
 *   1. loads zwgk-elements.js from beside itself as a module (a script element, CSP-safe);
 *   2. creates the elements inside every `<div data-zwgk="catalogue-tree" data-zwgk-src="…">`
 *      on the page (such a div survives WordPress's HTML filter), keeping the div's own content
 *      as the fallback shown before the script runs;
 *   3. and, when its own `<script>` or its URL names a `mount` selector, creates the elements it
 *      names there too: `zwgk-loader.js?mount=%23zwgk&zwgk=catalogue-tree&src=/zwgk/data/catalogue.json`.
 * Settings are read with src/embed/mount-plan.ts; nothing is parsed as HTML, no inline script or
 * style is written. Built by scripts/offline-package.mjs into dist/zwgk-loader.js (IIFE, Chromium 86).
 */
import { planMount, settingName, settingsFromQuery, type MountPlan } from './mount-plan.js';

const BUNDLE = 'zwgk-elements.js';
const MOUNTED = 'data-zwgk-mounted';

function warn(problems: readonly string[]): void {
  for (const problem of problems) console.warn(`zwgk-loader: ${problem}`);
}

function settingsOf(element: Element): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const { name, value } of Array.from(element.attributes)) {
    const key = settingName(name);
    if (key) settings[key] = value;
  }
  return settings;
}

/** The elements of `plan`, wrapped in their provider when they share one; `fallback` goes inside the first. */
function build(plan: MountPlan, fallback: Node[]): Element {
  const created = plan.elements.map((tag) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(plan.attributes)) element.setAttribute(name, value);
    return element;
  });
  created[0]!.append(...fallback);
  if (!plan.provider) {
    if (created.length === 1) return created[0]!;
    const group = document.createElement('div');
    group.append(...created);
    return group;
  }
  const provider = document.createElement('zwgk-catalogue');
  for (const [name, value] of Object.entries(plan.provider)) provider.setAttribute(name, value);
  provider.append(...created);
  return provider;
}

function mountContainers(): void {
  document.querySelectorAll(`[data-zwgk]:not([${MOUNTED}]):not(script)`).forEach((container) => {
    const plan = planMount(settingsOf(container));
    container.setAttribute(MOUNTED, '');
    if (!plan) return warn([`nothing to create in <${container.localName} data-zwgk="${container.getAttribute('data-zwgk')}">`]);
    warn(plan.problems);
    container.append(build(plan, Array.from(container.childNodes)));
  });
}

function mountFromScript(script: HTMLScriptElement | null): void {
  if (!script || script.hasAttribute(MOUNTED)) return;
  script.setAttribute(MOUNTED, '');
  const plan = planMount({ ...settingsFromQuery(new URL(script.src, location.href).search), ...settingsOf(script) });
  if (!plan) return;
  warn(plan.problems);
  if (!plan.mount) return warn(['a script that names elements needs a mount selector (mount=…)']);
  let targets: Element[] = [];
  try {
    targets = Array.from(document.querySelectorAll(plan.mount));
  } catch {
    return warn([`mount "${plan.mount}" is not a valid CSS selector`]);
  }
  if (!targets.length) return warn([`mount "${plan.mount}" matches nothing on this page`]);
  for (const target of targets) target.append(build(plan, []));
}

function loadBundle(script: HTMLScriptElement | null): void {
  if (customElements.get('zwgk-catalogue') || document.querySelector(`script[type="module"][src$="/${BUNDLE}"]`)) return;
  const module = document.createElement('script');
  module.type = 'module';
  module.src = new URL(BUNDLE, script?.src || location.href).href;
  document.head.append(module);
}

const self = document.currentScript as HTMLScriptElement | null;
loadBundle(self);
const run = () => {
  mountContainers();
  mountFromScript(self);
};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
else run();
