/**
 * 县、乡两级目录: merges township catalogues into their county's, and says beforehand what would
 * go wrong. Pure: `zwgk merge` reads and writes the files. The rules, as docs/catalogue-format.md
 * states them for catalogue editors:
 *
 * - The result is the county's catalogue (jurisdiction, title, publisher, request form…) with each
 *   township listed in `jurisdiction.children` and the townships' entries appended.
 * - A township domain becomes the county domain with the same id and name, else the one with the
 *   same name (aliases and the 26 pilot names count): both levels share one domain tree.
 * - A township agency with exactly the name of a county agency is that agency, and so is a
 *   disclosure point with the name of a county point of the same township: townships copy the
 *   county bodies they name. The county's record is kept; differing details are reported.
 * - Other township entries (policies, open days…) identical to the county entry of the same id are
 *   kept once. Everything else is added. An id already taken gets the township's prefix
 *   (`guandi-xiang:it-001`) and every reference to it follows.
 */
import { canonical } from './diff.js';
import { resolvePilotDomains } from './codes.js';
import type { CatalogueError, CatalogueWarning } from './problems.js';
import { type Collection, COLLECTIONS, COLLECTION_NAMES, rewriteReferences } from './reference-fields.js';
import { checkReferences } from './reference-errors.js';
import type { BasisRef, Catalogue, CatalogueItem, DisclosurePoint, Domain } from './schema.js';
import { type LoadResult, validateCatalogue } from './validate.js';

export type MergeSeverity = 'error' | 'warning';

/**
 * Something wrong with a planned merge. Errors stop `zwgk merge` from writing: the result would
 * be wrong (an item shown twice, items without their domain, a township that is not the county's).
 * Warnings describe what the merge did that an editor may want to know (a renamed id, a township
 * agency's details replaced by the county's).
 */
export interface MergeProblem {
  readonly severity: MergeSeverity;
  /** A stable machine code, e.g. `unknown-domain`, `duplicate-item`, `unresolved-reference`. */
  readonly code: string;
  /** The catalogue it is in: its index in the townships given, or -1 for the county. */
  readonly source: number;
  /** That catalogue's jurisdiction name. */
  readonly township: string;
  /** JSON path inside that catalogue, e.g. `items[3].subjectIds[0]`. */
  readonly path: string;
  readonly zh: string;
  readonly en: string;
}

export interface MergeOptions {
  /**
   * Labels to derive each township's id prefix from, in the order of the townships (the CLI passes
   * file names). A label with no usable ASCII falls back to the division code, then to a short hash
   * of the township's name, so that the same input always gives the same ids.
   */
  readonly prefixes?: readonly (string | undefined)[];
}

/** A township id and what it became in the merged catalogue. */
export interface IdChange {
  readonly collection: Collection;
  readonly from: string;
  readonly to: string;
}

export interface TownshipMergeSummary {
  readonly name: string;
  /** Put before the township's ids that were already taken: `<prefix>:<id>`. */
  readonly prefix: string;
  /** Entries added to the merged catalogue, per collection. */
  readonly added: Readonly<Record<Collection, number>>;
  /** Township entries that are already in the county catalogue and were not added again. */
  readonly reused: readonly IdChange[];
  /** Township entries added under a prefixed id because theirs was taken. */
  readonly renamed: readonly IdChange[];
  /**
   * Top-level fields the merged catalogue does not take from the township: the township's own
   * request form, change log and fields unknown to the format. (Title, version, dates, status and
   * publisher are the county's by definition and not listed.)
   */
  readonly notMerged: readonly string[];
}

export interface MergeReport {
  readonly problems: readonly MergeProblem[];
  readonly townships: readonly TownshipMergeSummary[];
}

export interface MergeResult {
  readonly catalogue: Catalogue;
  readonly report: MergeReport;
}

/** The problems a merge of these catalogues would have; nothing is merged. */
export function checkTownships(county: Catalogue, townships: readonly Catalogue[], options: MergeOptions = {}): readonly MergeProblem[] {
  return mergeCatalogues(county, townships, options).report.problems;
}

/**
 * One catalogue for the county and its townships. Always returns a catalogue; when the report has
 * errors it is the best the merge could do and should not be published.
 */
export function mergeCatalogues(county: Catalogue, townships: readonly Catalogue[], options: MergeOptions = {}): MergeResult {
  const problems: MergeProblem[] = [];
  const merged = structuredClone(county);
  const taken = new Set<string>();
  const countyById = new Map<Collection, Map<string, Entry>>();
  for (const collection of COLLECTIONS) {
    const byId = new Map<string, Entry>();
    for (const entry of entriesOf(county, collection)) {
      byId.set(entry.id, entry);
      taken.add(entry.id);
    }
    countyById.set(collection, byId);
  }
  const duplicates = new DuplicateItems(problems);
  county.items.forEach((item, i) => duplicates.add(item, -1, county.jurisdiction.name, `items[${i}]`));
  checkJurisdictions(county, townships, problems);

  const prefixes = choosePrefixes(townships, options.prefixes ?? []);
  const state: MergeState = { county, merged, taken, countyById, problems, duplicates };
  const summaries = townships.map((township, i) => new TownshipMerge(state, township, i, prefixes[i]!).run());

  const children = [...(merged.jurisdiction.children ?? [])];
  for (const { jurisdiction } of townships) {
    if (jurisdiction.level === 'township' && !children.some((c) => c.name === jurisdiction.name)) {
      children.push({ name: jurisdiction.name, level: jurisdiction.level });
    }
  }
  if (children.length) merged.jurisdiction.children = children;
  const basis = unionBasis(county.basisDocuments, townships.flatMap((t) => t.basisDocuments ?? []));
  if (basis.length) merged.basisDocuments = basis;
  // Grouped by catalogue (the sort is stable), so that each file's problems read together.
  problems.sort((a, b) => a.source - b.source);
  return { catalogue: merged, report: { problems, townships: summaries } };
}

/**
 * Validates a township catalogue read for a merge: as validateCatalogue, except that ids the
 * township uses without defining them are let through, because the merge resolves them against
 * the county (and reports those it cannot resolve, at their path).
 */
export function validateTownshipCatalogue(data: unknown): LoadResult {
  const result = validateCatalogue(data);
  const dangling = (e: CatalogueError) => e.code === 'dangling-reference';
  if (result.ok || !result.errors.every(dangling)) return result;
  // Reference errors come only after the shape passed; the list above may be cut at 100, so
  // every reference error is looked at again before the document is accepted.
  const references = checkReferences(data as Catalogue);
  const warnings = result.warnings.filter((w: CatalogueWarning) => w.code !== 'more-errors');
  const others = references.errors.filter((e) => !dangling(e));
  if (others.length) return { ok: false, errors: others, warnings };
  return { ok: true, catalogue: data as Catalogue, warnings };
}

/** An id prefix from a label such as a file name (`guandi-xiang.json` → `guandi-xiang`), if it has ASCII to offer. */
export function idPrefixFrom(label: string): string | undefined {
  const base = label.replace(/^.*[\\/]/, '').replace(/\.json$/i, '');
  const prefix = base.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/-{2,}/g, '-').slice(0, 32).replace(/^[-.]+|[-.]+$/g, '');
  return /[A-Za-z0-9]/.test(prefix) ? prefix : undefined;
}

// ---------------------------------------------------------------------------------------------

type Entry = { id: string } & Record<string, unknown>;
type Collections = Record<Collection, Entry[] | undefined>;

const entriesOf = (doc: Catalogue, collection: Collection): Entry[] => (doc as unknown as Collections)[collection] ?? [];

interface MergeState {
  readonly county: Catalogue;
  readonly merged: Catalogue;
  /** Every id in the merged catalogue so far, across collections (ids are unique document-wide). */
  readonly taken: Set<string>;
  readonly countyById: ReadonlyMap<Collection, ReadonlyMap<string, Entry>>;
  readonly problems: MergeProblem[];
  readonly duplicates: DuplicateItems;
}

/** Kept once when identical to the county entry of the same id; other collections have their own rule. */
const MATCHED_BY_CONTENT: readonly Collection[] = ['policies', 'interpretations', 'responses', 'openDays', 'consultations', 'negativeList', 'tasks'];

/** Document-level fields: the merged catalogue has the county's. */
const DOCUMENT_FIELDS = new Set(['schemaVersion', 'jurisdiction', 'title', 'publisherId', 'reviewedBy', 'version', 'publishedAt', 'updatedAt', 'status', 'basisDocuments']);

const names = (collection: Collection) => COLLECTION_NAMES[collection];

/** One township into the merged catalogue, in phases: decide every id, rewrite references, report, append. */
class TownshipMerge {
  private readonly name: string;
  /** Township id → id in the merged catalogue, for every entry of the township. */
  private readonly ids = new Map<Collection, Map<string, string>>(COLLECTIONS.map((c) => [c, new Map()]));
  private readonly reused: IdChange[] = [];
  private readonly renamed: IdChange[] = [];
  /** Indexes of township domains with no county domain: added, and reported as errors. */
  private readonly addedDomains = new Set<number>();
  /** Township agencies and points that are county ones, to compare once references are rewritten. */
  private readonly sameAsCounty: { collection: Collection; index: number; county: Entry }[] = [];
  /** Entries sharing an id with a county entry, which may be the same entry copied. */
  private readonly undecided: { collection: Collection; index: number; id: string }[] = [];

  constructor(
    private readonly state: MergeState,
    private readonly township: Catalogue,
    private readonly source: number,
    private readonly prefix: string,
  ) {
    this.name = township.jurisdiction.name;
  }

  run(): TownshipMergeSummary {
    this.matchDomains();
    this.matchAgenciesAndPoints();
    this.allocateOthers();
    this.settleCopies();
    const result = this.rewrite();
    this.reportDifferingDetails(result);
    this.reportRenamed();
    const added = this.append(result);
    return { name: this.name, prefix: this.prefix, added, reused: this.reused, renamed: this.renamed, notMerged: this.notMerged() };
  }

  private report(severity: MergeSeverity, code: string, path: string, zh: string, en: string): void {
    this.state.problems.push({ severity, code, source: this.source, township: this.name, path, zh, en });
  }

  private allocate(collection: Collection, id: string): void {
    const { taken } = this.state;
    let to = id;
    for (let n = 1; taken.has(to); n++) to = n === 1 ? `${this.prefix}:${id}` : `${this.prefix}-${n}:${id}`;
    taken.add(to);
    this.ids.get(collection)!.set(id, to);
    if (to !== id) this.renamed.push({ collection, from: id, to });
  }

  private reuse(collection: Collection, from: string, to: string): void {
    this.ids.get(collection)!.set(from, to);
    this.reused.push({ collection, from, to });
  }

  /** One domain tree for both levels: a township domain must be one of the county's. */
  private matchDomains(): void {
    this.township.domains.forEach((domain, j) => {
      const match = matchDomain(domain, this.state.county.domains);
      if (match.length === 1) return this.reuse('domains', domain.id, match[0]!.id);
      this.addedDomains.add(j);
      this.allocate('domains', domain.id);
      if (match.length > 1) {
        const list = match.map((d) => d.name).join('、');
        this.report('error', 'ambiguous-domain', `domains[${j}]`,
          `领域 “${domain.name}” 对应县级目录的多个领域（${list}），请把其中的事项分到相应领域`,
          `domain "${domain.name}" stands for several county domains (${list}); split its items between them`);
      } else {
        this.report('error', 'unknown-domain', `domains[${j}]`,
          `县级目录中没有领域 “${domain.name}”（编号 ${domain.id}）：县、乡两级目录应使用相同的领域`,
          `the county catalogue has no domain "${domain.name}" (id ${domain.id}); county and township catalogues must share their domains`);
      }
    });
  }

  /** Agencies and points the county lists under the same name are the county's. */
  private matchAgenciesAndPoints(): void {
    const { county } = this.state;
    const countyAgencies = firstByKey(county.agencies, (a) => a.name);
    this.township.agencies.forEach((agency, index) => {
      const same = countyAgencies.get(agency.name);
      if (!same) return this.allocate('agencies', agency.id);
      this.reuse('agencies', agency.id, same.id);
      this.sameAsCounty.push({ collection: 'agencies', index, county: same as unknown as Entry });
    });
    const countyPoints = county.disclosurePoints ?? [];
    this.township.disclosurePoints?.forEach((point, index) => {
      // Village names repeat from township to township (刘庄村): a point's township must agree too.
      const same = countyPoints.find((p) => p.name === point.name && (p.township === undefined || p.township === townshipOf(point, this.township)));
      if (!same) return this.allocate('disclosurePoints', point.id);
      this.reuse('disclosurePoints', point.id, same.id);
      this.sameAsCounty.push({ collection: 'disclosurePoints', index, county: same as unknown as Entry });
    });
  }

  private allocateOthers(): void {
    for (const collection of MATCHED_BY_CONTENT) {
      entriesOf(this.township, collection).forEach((entry, index) => {
        if (!this.state.countyById.get(collection)!.has(entry.id)) return this.allocate(collection, entry.id);
        this.ids.get(collection)!.set(entry.id, entry.id);
        this.undecided.push({ collection, index, id: entry.id });
      });
    }
    this.township.items.forEach((item) => this.allocate('items', item.id));
  }

  /**
   * Keeps once the entries identical to the county's of the same id, renames the others. Renaming
   * one can make another differ (a policy and its interpretation point at each other), so compare
   * again until nothing changes.
   */
  private settleCopies(): void {
    const { countyById } = this.state;
    for (let changed = true; changed; ) {
      changed = false;
      const copy = structuredClone(this.township);
      // A township's reference means its own entry when it has one, else the county's.
      rewriteReferences(copy, (ref) => this.ids.get(ref.target)!.get(ref.id) ?? ref.id);
      for (const entry of [...this.undecided]) {
        const mine = entriesOf(copy, entry.collection)[entry.index];
        if (canonical(mine) === canonical(countyById.get(entry.collection)!.get(entry.id))) continue;
        this.undecided.splice(this.undecided.indexOf(entry), 1);
        this.ids.get(entry.collection)!.delete(entry.id);
        this.allocate(entry.collection, entry.id);
        changed = true;
      }
    }
    for (const { collection, id } of this.undecided) this.reused.push({ collection, from: id, to: id });
  }

  /** The township with every reference rewritten to merged ids; reports those that resolve nowhere. */
  private rewrite(): Catalogue {
    const result = structuredClone(this.township);
    rewriteReferences(result, (ref) => {
      const own = this.ids.get(ref.target)!.get(ref.id);
      if (own !== undefined) return own;
      const [zh, en] = names(ref.target);
      if (this.state.countyById.get(ref.target)!.has(ref.id)) {
        this.report('warning', 'county-reference', ref.path,
          `引用了县级目录中的${zh} “${ref.id}”：乡镇目录本身没有它，单独校验时会报错`,
          `refers to the county's ${en} "${ref.id}", which the township catalogue does not define (it does not validate on its own)`);
      } else {
        this.report('error', 'unresolved-reference', ref.path,
          `找不到编号为 “${ref.id}” 的${zh}：乡镇目录和县级目录中都没有`,
          `no ${en} with id "${ref.id}" in the township or the county catalogue`);
      }
      return ref.id;
    });
    return result;
  }

  /** The county's record of a shared agency or point wins; say what the township's said otherwise. */
  private reportDifferingDetails(result: Catalogue): void {
    for (const { collection, index, county: kept } of this.sameAsCounty) {
      const mine = entriesOf(result, collection)[index]!;
      const differing = Object.keys(mine).filter((key) => key !== 'id' && mine[key] !== undefined && canonical(mine[key]) !== canonical(kept[key]));
      if (!differing.length) continue;
      const [zh, en] = names(collection);
      const label = String(mine.name);
      this.report('warning', 'details-differ', `${collection}[${index}]`,
        `与县级目录中的同名${zh} “${label}”（${kept.id}）在 ${differing.join('、')} 上不一致，合并后沿用县级目录的记录`,
        `${en} "${label}" is the county's ${kept.id}, which differs in ${differing.join(', ')}; the merged catalogue keeps the county's record`);
    }
  }

  /** One warning per collection: the full list is in the summary, and 45 lines would bury the rest. */
  private reportRenamed(): void {
    for (const collection of COLLECTIONS) {
      const list = this.renamed.filter((r) => r.collection === collection);
      if (!list.length) continue;
      const [zh, en] = names(collection);
      const { from, to } = list[0]!;
      const at = entriesOf(this.township, collection).findIndex((e) => e.id === from);
      const more = list.length > 1;
      this.report('warning', 'renamed-id', `${collection}[${at}].id`,
        `${list.length} 个${zh}的编号已被使用，合并后加前缀 “${this.prefix}:”（如 “${from}” 改为 “${to}”）`,
        `${list.length} ${en} id${more ? 's are' : ' is'} already taken and get${more ? '' : 's'} the prefix "${this.prefix}:" (e.g. "${from}" becomes "${to}")`);
    }
  }

  /** Appends what is not already in the merged catalogue; returns the counts per collection. */
  private append(result: Catalogue): Record<Collection, number> {
    const added = Object.fromEntries(COLLECTIONS.map((c) => [c, 0])) as Record<Collection, number>;
    const isReused = new Set(this.reused.map((r) => `${r.collection}\u0000${r.from}`));
    const target = this.state.merged as unknown as Collections;
    for (const collection of COLLECTIONS) {
      const original = entriesOf(this.township, collection);
      entriesOf(result, collection).forEach((entry, j) => {
        const id = original[j]!.id;
        if (collection === 'domains' ? !this.addedDomains.has(j) : isReused.has(`${collection}\u0000${id}`)) return;
        entry.id = this.ids.get(collection)!.get(id)!;
        if (collection === 'disclosurePoints') fillTownship(entry as unknown as DisclosurePoint, this.township);
        if (collection === 'items') this.state.duplicates.add(entry as unknown as CatalogueItem, this.source, this.name, `items[${j}]`);
        (target[collection] ??= []).push(entry);
        added[collection]++;
      });
    }
    return added;
  }

  private notMerged(): string[] {
    return Object.keys(this.township).filter((key) => {
      if (DOCUMENT_FIELDS.has(key) || (COLLECTIONS as readonly string[]).includes(key)) return false;
      const value = (this.township as Record<string, unknown>)[key];
      return value !== undefined && !(Array.isArray(value) && value.length === 0);
    });
  }
}

/** The township a point belongs to: its own field, else the catalogue's (a village catalogue's parent). */
function townshipOf(point: DisclosurePoint, township: Catalogue): string | undefined {
  if (point.township !== undefined) return point.township;
  const { jurisdiction } = township;
  return jurisdiction.level === 'village' ? jurisdiction.parentName : jurisdiction.name;
}

/** The map filters by township; in a county-wide catalogue a township's points need to say whose they are. */
function fillTownship(point: DisclosurePoint, township: Catalogue): void {
  if (point.township === undefined && point.level !== 'county') {
    const name = townshipOf(point, township);
    if (name !== undefined) point.township = name;
  }
}

function firstByKey<T>(list: readonly T[], key: (entry: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of list) if (!map.has(key(entry))) map.set(key(entry), entry);
  return map;
}

const normalise = (text: string) => text.replace(/\s+/g, '');
const domainNames = (domain: Domain) => [domain.name, ...(domain.aliases ?? [])].map((n) => normalise(n).replace(/领域$/, ''));
const pilotKey = (name: string) => resolvePilotDomains(name).map((d) => d.order).join(',');

/** Same domain: a shared name or alias, or names that stand for the same pilot domain(s). */
function sameDomain(a: Domain, b: Domain): boolean {
  const bNames = domainNames(b);
  if (domainNames(a).some((n) => bNames.includes(n))) return true;
  const bPilots = new Set(bNames.map(pilotKey).filter(Boolean));
  return domainNames(a).some((n) => bPilots.has(pilotKey(n)));
}

/** The county domains a township domain is: the one with its id if the names agree, else those with its name. */
function matchDomain(domain: Domain, countyDomains: readonly Domain[]): Domain[] {
  const byId = countyDomains.find((d) => d.id === domain.id);
  if (byId && sameDomain(domain, byId)) return [byId];
  const byName = countyDomains.filter((d) => sameDomain(domain, d));
  if (byName.length) return byName;
  // 扶贫救灾 is two pilot domains: name both when the county has them, so the message can say so.
  const pilots = resolvePilotDomains(domain.name);
  if (pilots.length < 2) return [];
  const parts = countyDomains.filter((d) => pilots.some((p) => pilotKey(p.name) === pilotKey(d.name)));
  return parts.length > 1 ? parts : [];
}

/**
 * Items that would be shown twice. Same domain, 事项 and name (spacing ignored) is not enough: every
 * township publishes its own 低保名单, and the county's catalogue lists the same names for its own
 * departments. It is a duplicate when the same publisher would publish it at the same level: a
 * shared county level (a county-level item is published once, by the county), or an overlapping
 * level with the same 公开主体. Across catalogues that is an error (the merge would create it);
 * within one catalogue a warning (it was already there).
 */
class DuplicateItems {
  private readonly seen = new Map<string, { source: number; township: string; path: string; id: string; levels: readonly string[]; subjects: string }[]>();

  constructor(private readonly problems: MergeProblem[]) {}

  add(item: CatalogueItem, source: number, township: string, path: string): void {
    const key = [item.domainId, normalise(item.matter), normalise(item.name)].join('\u0000');
    const subjects = [...item.subjectIds].sort().join('\u0000');
    const earlier = this.seen.get(key) ?? [];
    for (const other of earlier) {
      const shared = item.levels.filter((level) => other.levels.includes(level));
      const county = shared.includes('county');
      if (!shared.length || (!county && other.subjects !== subjects)) continue;
      const within = other.source === source;
      const where = within ? '本目录' : other.source === -1 ? '县级目录' : `${other.township}目录`;
      const whereEn = within ? 'this catalogue' : other.source === -1 ? 'the county catalogue' : `the ${other.township} catalogue`;
      this.problems.push({
        severity: within ? 'warning' : 'error',
        code: 'duplicate-item',
        source,
        township,
        path,
        zh: `“${item.matter} / ${item.name}” 与${where}的 ${other.path}（${other.id}）重复：${county ? '都在县级公开' : '公开主体和层级相同'}`,
        en: `"${item.matter} / ${item.name}" duplicates ${other.path} (${other.id}) of ${whereEn}: ${county ? 'both are published at county level' : 'same subjects at the same level'}`,
      });
      break;
    }
    earlier.push({ source, township, path, id: item.id, levels: item.levels, subjects });
    this.seen.set(key, earlier);
  }
}

function checkJurisdictions(county: Catalogue, townships: readonly Catalogue[], problems: MergeProblem[]): void {
  const countyName = county.jurisdiction.name;
  if (county.jurisdiction.level !== 'county') {
    problems.push({
      severity: 'error', code: 'not-a-county', source: -1, township: countyName, path: 'jurisdiction.level',
      zh: `第一个文件应是县级目录（jurisdiction.level 为 county），而 “${countyName}” 是 ${county.jurisdiction.level}`,
      en: `the first file must be the county catalogue (jurisdiction.level county); "${countyName}" is ${county.jurisdiction.level}`,
    });
  }
  const children = county.jurisdiction.children ?? [];
  const seen = new Map<string, number>();
  townships.forEach(({ jurisdiction }, source) => {
    const push = (severity: MergeSeverity, code: string, path: string, zh: string, en: string) =>
      problems.push({ severity, code, source, township: jurisdiction.name, path, zh, en });
    const { name, level, parentName } = jurisdiction;
    if (level !== 'township' && level !== 'village') {
      push('error', 'not-a-township', 'jurisdiction.level',
        `“${name}” 不是乡镇（街道）目录（jurisdiction.level 为 ${level}）`,
        `"${name}" is not a township catalogue (jurisdiction.level is ${level})`);
    }
    // A village catalogue's parent is its township, which may be merged alongside or listed by the county.
    const parents = level === 'village'
      ? [countyName, ...townships.map((t) => t.jurisdiction.name), ...children.map((c) => c.name)]
      : [countyName];
    if (parentName !== undefined && !parents.includes(parentName)) {
      push('error', 'wrong-county', 'jurisdiction.parentName',
        `“${name}” 的上级是 “${parentName}”，不是 “${countyName}”`,
        `"${name}" belongs to "${parentName}", not to "${countyName}"`);
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      push('error', 'duplicate-township', 'jurisdiction.name',
        `“${name}” 的目录给了两次（第 ${earlier + 1} 个和第 ${source + 1} 个乡镇目录）`,
        `"${name}" is given twice (township catalogues ${earlier + 1} and ${source + 1})`);
    } else {
      seen.set(name, source);
    }
    if (level === 'township' && children.length && !children.some((c) => c.name === name)) {
      push('warning', 'unlisted-township', 'jurisdiction.name',
        `县级目录的 jurisdiction.children 中没有 “${name}”，合并时会加上`,
        `the county's jurisdiction.children does not list "${name}"; the merge adds it`);
    }
  });
}

function choosePrefixes(townships: readonly Catalogue[], labels: readonly (string | undefined)[]): string[] {
  const used = new Set<string>();
  return townships.map(({ jurisdiction }, i) => {
    const label = labels[i];
    const base = (label !== undefined ? idPrefixFrom(label) : undefined) ?? jurisdiction.divisionCode ?? `t${hash(jurisdiction.name)}`;
    let prefix = base;
    for (let n = 2; used.has(prefix); n++) prefix = `${base}-${n}`;
    used.add(prefix);
    return prefix;
  });
}

/** FNV-1a, in base 36: a short ASCII name for a Chinese one, the same on every run. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

function unionBasis(county: readonly BasisRef[] | undefined, townships: readonly BasisRef[]): BasisRef[] {
  const list = [...(county ?? [])];
  const keys = new Set(list.map(basisKey));
  for (const ref of townships) {
    if (keys.has(basisKey(ref))) continue;
    keys.add(basisKey(ref));
    list.push(ref);
  }
  return list;
}

const basisKey = (ref: BasisRef) => [ref.title, ref.docNo ?? '', ref.article ?? ''].map(normalise).join('\u0000');
