/**
 * Filters of the catalogue view: by 公开层级, 公开方式, 公开对象, channel, domain and agency.
 * An empty list means "no restriction". Attribute values are comma lists an editor can write
 * (`level="township"`, `domains="义务教育,社会救助"`); domains match by id, name or alias.
 */
import type { Catalogue, CatalogueItem } from '../../catalogue/schema.js';
import { resolvePilotDomains } from '../../catalogue/codes.js';

export interface TreeFilters {
  levels: string[];
  modes: string[];
  audiences: string[];
  channels: string[];
  domains: string[];
  agencies: string[];
}

export const EMPTY_FILTERS: TreeFilters = { levels: [], modes: [], audiences: [], channels: [], domains: [], agencies: [] };

/** Splits an attribute value on commas (ASCII or full-width) and 、. */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[,，、]/).map((part) => part.trim()).filter(Boolean);
}

const LEVEL_WORDS: Record<string, string> = { 县级: 'county', 县: 'county', 乡级: 'township', 镇级: 'township', 乡: 'township', 村级: 'village', 村: 'village' };
const MODE_WORDS: Record<string, string> = { proactive: '主动', 主动公开: '主动', 'on-request': '依申请', 依申请公开: '依申请' };
const AUDIENCE_WORDS: Record<string, string> = { public: '全社会', specific: '特定群体', 特定对象: '特定群体', 特定群众: '特定群体' };

export const normalizeLevels = (values: string[]) => values.map((v) => LEVEL_WORDS[v] ?? v);
export const normalizeModes = (values: string[]) => values.map((v) => MODE_WORDS[v] ?? v);
export const normalizeAudiences = (values: string[]) => values.map((v) => AUDIENCE_WORDS[v] ?? v);

/** Domain ids selected by ids, names or aliases (城乡规划 finds a domain named 国土空间规划). */
export function resolveDomainIds(catalogue: Catalogue, wanted: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const want of wanted) {
    const wantedOrders = new Set(resolvePilotDomains(want).map((d) => d.order));
    for (const domain of catalogue.domains) {
      const orders = resolvePilotDomains(domain.name).map((d) => d.order);
      if (domain.id === want || domain.name === want || domain.aliases?.includes(want) || orders.some((o) => wantedOrders.has(o))) ids.add(domain.id);
    }
  }
  return ids;
}

export function applyFilters(catalogue: Catalogue, items: readonly CatalogueItem[], filters: TreeFilters): CatalogueItem[] {
  const levels = new Set(filters.levels);
  const modes = new Set(filters.modes);
  const audiences = new Set(filters.audiences);
  const channels = new Set(filters.channels);
  const agencies = new Set(filters.agencies);
  const domains = filters.domains.length ? resolveDomainIds(catalogue, filters.domains) : undefined;
  return items.filter(
    (item) =>
      (!levels.size || item.levels.some((l) => levels.has(l))) &&
      (!modes.size || modes.has(item.mode)) &&
      (!audiences.size || audiences.has(item.audience)) &&
      (!channels.size || item.channels.some((c) => channels.has(c.type))) &&
      (!agencies.size || item.subjectIds.some((id) => agencies.has(id))) &&
      (!domains || domains.has(item.domainId)),
  );
}

export function isFiltered(filters: TreeFilters): boolean {
  return Object.values(filters).some((list) => list.length > 0);
}
