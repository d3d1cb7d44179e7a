/**
 * Stable, safe file names from catalogue ids (`it-001` → `item-it-001.html`), for pages a CMS
 * publishes. Ids may hold `A–Z a–z 0–9 _ . : -` (the format's ID_PATTERN); a name must survive
 * Windows and case-insensitive disks and read as a plain URL path, so lower-case letters, digits,
 * `-` and inner dots stay, and everything else becomes `_` and two hex digits (`_3a` for `:`,
 * `_41` for `A`, `_5f` for `_` itself): one id, one name, and two ids never share one.
 */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/;
/** Longer names are cut and given a checksum, well under the 255-byte limit of common disks. */
const MAX_NAME = 120;

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** The file name (without extension) for an id. Pure. */
export function fileStem(id: string): string {
  let stem = '';
  for (let i = 0; i < id.length; i++) {
    const c = id[i]!;
    const keep = /[a-z0-9-]/.test(c) || (c === '.' && i > 0 && i < id.length - 1);
    stem += keep ? c : `_${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  }
  if (RESERVED.test(stem)) stem = `_${stem}`;
  if (stem.length > MAX_NAME) stem = `${stem.slice(0, MAX_NAME - 9)}~${fnv1a(id)}`;
  return stem;
}

/** `<prefix><stem>.html` for each id, refusing (by throwing) the impossible case of two ids sharing one. */
export function fileNames(ids: readonly string[], prefix = ''): Map<string, string> {
  const names = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const id of ids) {
    const name = `${prefix}${fileStem(id)}.html`;
    const owner = owners.get(name);
    if (owner !== undefined && owner !== id) throw new Error(`ids ${owner} and ${id} would share the file name ${name}`);
    owners.set(name, id);
    names.set(id, name);
  }
  return names;
}
