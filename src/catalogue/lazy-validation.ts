/**
 * The validation every page runs (quick-validate.ts: the generated shape check, the code lists,
 * references and consistency rules) is not needed to draw the first frame, which is the loading
 * view; it is needed when the data arrives. So it is a chunk of its own, requested as soon as the
 * runtime starts: it downloads beside the catalogue, not before the first render. Once it is in,
 * validation is synchronous again (a catalogue given by property or inline is ready at once).
 */
import type { LoadResult } from './quick-validate.js';
import { error, refusal } from './problems.js';

type Validator = typeof import('./quick-validate.js');

let validator: Validator | undefined;
const loading: Promise<Validator> = import('./quick-validate.js').then((module) => (validator = module));

const notLoaded = (): LoadResult =>
  refusal(error('network', '', 'validator-not-loaded', '目录校验程序未能加载，请检查网络后刷新重试', 'the catalogue checker could not be loaded; check the connection and reload'));

/** quick-validate's validateLazily, once the validator is in (at once when it already is). */
export function validateSoon(data: unknown): LoadResult | Promise<LoadResult> {
  return validator ? validator.validateLazily(data) : loading.then((module) => module.validateLazily(data), notLoaded);
}

/** quick-validate's parseLazily, once the validator is in. */
export function parseSoon(text: string): LoadResult | Promise<LoadResult> {
  return validator ? validator.parseLazily(text) : loading.then((module) => module.parseLazily(text), notLoaded);
}
