/**
 * The selection and the search in the URL hash, so a CMS page can link to one item and Back
 * works: `#zwgk-item=it-001&zwgk-q=低保`. Other hash parameters the page uses are kept.
 */
export interface LinkState {
  item?: string;
  query?: string;
}

export function readHash(hash: string, prefix: string): LinkState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const item = params.get(`${prefix}item`) ?? undefined;
  const query = params.get(`${prefix}q`) ?? undefined;
  return { ...(item ? { item } : {}), ...(query ? { query } : {}) };
}

export function writeHash(hash: string, prefix: string, state: LinkState): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const [key, value] of [[`${prefix}item`, state.item], [`${prefix}q`, state.query]] as const) {
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}
