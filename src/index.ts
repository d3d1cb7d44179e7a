/**
 * The drop-in entry: registers every element. Bundler users who want one element import its own
 * entry instead (zwgk-elements/catalogue, …) and pay only for that.
 */
export * from './components/catalogue/define.js';
export * from './components/catalogue-tree/define.js';
export * from './components/policy-card/define.js';
export * from './components/open-day/define.js';
export * from './components/request-form/define.js';
export * from './components/disclosure-map/define.js';
export { define, ZwgkElement } from './core/zwgk-element.js';
export * from './catalogue/index.js';
// One file for offline installs: what other bundles load only when a catalogue is saved or its URL
// fails (the store of last good copies, the 离线数据 notice) is inside it, as the validator is
// (listed in package.json "sideEffects" so that bundlers keep these imports).
import './catalogue/saved-copy.js';
import './core/offline-notice.js';

import { lightStylesheetText, type SheetOwner } from './core/light-dom.js';
import { ZwgkCatalogue } from './components/catalogue/catalogue.js';
import { ZwgkCatalogueTree } from './components/catalogue-tree/catalogue-tree.js';
import { ZwgkPolicyCard } from './components/policy-card/policy-card.js';
import { ZwgkOpenDay } from './components/open-day/open-day.js';
import { ZwgkRequestForm } from './components/request-form/request-form.js';
import { ZwgkDisclosureMap } from './components/disclosure-map/disclosure-map.js';

/**
 * The light-DOM stylesheet of every element as one CSS text: what the elements adopt at run time,
 * for a build step to write as `zwgk-elements.css` (pages rendered by `zwgk render`, and browsers
 * without constructable stylesheets on a CSP that cannot allow a nonce).
 */
export function elementsCss(): string {
  const elements: [string, SheetOwner][] = [
    ['zwgk-catalogue', ZwgkCatalogue], ['zwgk-catalogue-tree', ZwgkCatalogueTree], ['zwgk-policy-card', ZwgkPolicyCard],
    ['zwgk-open-day', ZwgkOpenDay], ['zwgk-request-form', ZwgkRequestForm], ['zwgk-disclosure-map', ZwgkDisclosureMap],
  ];
  return elements.map(([tag, element]) => lightStylesheetText(element, tag)).join('\n');
}
