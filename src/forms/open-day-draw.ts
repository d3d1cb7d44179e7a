/**
 * The open-day draw (抽签, DOMAIN-PRACTICE §3: 随机选取), reproducible by anyone from what the
 * office publishes: the seed, the list of candidates' codes and the number of places.
 *
 * Algorithm `sha256-counter/fisher-yates/v1`:
 * 1. The candidates are the codes of the pending sign-ups, sorted in ascending code-unit order
 *    (codes are ASCII, so this is plain A–Z/0–9 order), duplicates refused. Their order in the
 *    database never matters.
 * 2. Random words: word i (i = 0, 1, 2, …) is the first 4 bytes, read big-endian, of
 *    SHA-256(UTF-8(seed + "#" + i)) — `printf '%s' 'seed#0' | sha256sum` shows it.
 * 3. A uniform integer below k takes the next word w, rejects it if w ≥ 2³² − (2³² mod k), and
 *    returns w mod k (no modulo bias).
 * 4. Fisher–Yates: for i = 0 … n−2, swap position i with i + uniform(n − i).
 * 5. The first `places` codes of the result are selected; the rest, in order, are the waiting list.
 * The result also carries SHA-256 of the sorted candidate list (codes joined by "\n"), so a
 * published draw shows that the list was not changed afterwards.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { LocalizedText } from '../catalogue/problems.js';

export const DRAW_ALGORITHM = 'sha256-counter/fisher-yates/v1';

export interface DrawResult {
  algorithm: typeof DRAW_ALGORITHM;
  seed: string;
  /** How many places the draw filled at most. */
  places: number;
  /** The candidates' codes in the order the draw reads them. */
  candidates: string[];
  /** SHA-256 (hex) of `candidates.join('\n')`. */
  candidatesDigest: string;
  /** Every candidate in drawn order. */
  order: string[];
  /** `order`'s first `places` codes. */
  selected: string[];
  /** The rest, in drawn order: the waiting list, or simply not selected. */
  notSelected: string[];
}

export class DrawInputError extends Error {
  constructor(readonly code: 'seed' | 'places' | 'candidates', readonly messages: LocalizedText) {
    super(messages['zh-CN']);
    this.name = 'DrawInputError';
  }
}

const TWO_32 = 2 ** 32;

/** Word `counter` of the seed's stream (step 2). */
export function drawWord(seed: string, counter: number): number {
  const digest = sha256(utf8ToBytes(`${seed}#${counter}`));
  return ((digest[0]! << 24) | (digest[1]! << 16) | (digest[2]! << 8) | digest[3]!) >>> 0;
}

/** Runs the draw; throws `DrawInputError` on an empty seed, a bad number of places or duplicate codes. */
export function runDraw(candidateCodes: readonly string[], places: number, seed: string): DrawResult {
  if (typeof seed !== 'string' || seed.trim() === '' || seed.length > 500) {
    throw new DrawInputError('seed', { 'zh-CN': '请填写抽签种子（不超过500个字符）', en: 'a seed of at most 500 characters is required' });
  }
  if (!Number.isInteger(places) || places < 0) {
    throw new DrawInputError('places', { 'zh-CN': '名额应为不小于0的整数', en: 'places must be a whole number, 0 or more' });
  }
  const candidates = [...candidateCodes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (candidates.some((code, i) => typeof code !== 'string' || code === '' || code === candidates[i - 1])) {
    throw new DrawInputError('candidates', { 'zh-CN': '候选名单中有空的或重复的确认码', en: 'the candidate list has an empty or repeated code' });
  }
  let counter = 0;
  const uniform = (k: number) => {
    const limit = TWO_32 - (TWO_32 % k);
    for (;;) {
      const word = drawWord(seed, counter++);
      if (word < limit) return word % k;
    }
  };
  const order = [...candidates];
  for (let i = 0; i < order.length - 1; i++) {
    const j = i + uniform(order.length - i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return {
    algorithm: DRAW_ALGORITHM,
    seed,
    places,
    candidates,
    candidatesDigest: bytesToHex(sha256(utf8ToBytes(candidates.join('\n')))),
    order,
    selected: order.slice(0, places),
    notSelected: order.slice(places),
  };
}

/** Whether a recorded draw is exactly what its seed, candidates and places give. */
export function verifyDraw(result: DrawResult): boolean {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  try {
    const again = runDraw(result.candidates, result.places, result.seed);
    return result.algorithm === DRAW_ALGORITHM && result.candidatesDigest === again.candidatesDigest && same(result.candidates, again.candidates)
      && same(result.order, again.order) && same(result.selected, again.selected) && same(result.notSelected, again.notSelected);
  } catch {
    return false;
  }
}
