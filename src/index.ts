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
export * from './components/policy-list/define.js';
export * from './components/consultation/define.js';
export * from './components/responses/define.js';
export * from './components/negative-list/define.js';
export * from './components/records/define.js';
export * from './components/notice-poster/define.js';
export { define, ZwgkElement } from './core/zwgk-element.js';
export * from './catalogue/index.js';
