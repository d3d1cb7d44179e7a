/**
 * The parts of the tree that many pages never show (issue 18): the notice of an unpublished
 * catalogue, the 负面清单 link, the list of 更新记录 (what each entry added, changed and removed);
 * and of an item's detail: its 公开形式 (`formats`), the supervision page (`supervision.url`), 我要办
 * (`serviceItemRef`), its 公示 list (`records`) shown under its standard by `<zwgk-records>`, and
 * the notice-board poster. Not needed for the tree's first paint: fetched with the item's standard
 * (item-detail.ts) in idle time after it, or at once when a detail is shown, the catalogue is not
 * yet published, the tree links to the 负面清单, or the catalogue has 更新记录. The records table
 * itself (de-identification rules, holiday calendar) loads only when a reader opens a list.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalogue, CatalogueItem } from '../../catalogue/schema.js';
import { defineMessages, translate, type Locale } from '../../core/i18n.js';
import { formatDate } from '../../core/format.js';

const messages = defineMessages({
  'zh-CN': {
    formats: '公开形式',
    supervisionPage: '网上监督',
    service: '我要办',
    serviceHint: (platform: string) => `到${platform}办理`,
    records: (title: string, rows: number) => `${title}（${rows} 条）`,
    recordsTitle: '公示名单',
    poster: '打印公示栏海报',
    draft: '本目录为草稿，尚未正式发布，内容可能调整。',
    submitted: '本目录已报送审核，尚未正式发布，内容可能调整。',
    reviewed: '本目录已审核，待正式发布。',
    removedItem: (name: string) => `删除：${name}`,
    changeCounts: (added: number, changed: number, removed: number) => `（新增 ${added} 项、修改 ${changed} 项、删除 ${removed} 项）`,
    negativeList: '不予公开的信息（负面清单）',
    posterHint: '生成本事项的 A4 公示栏海报（含二维码），供村（社区）公示栏张贴。',
  },
  en: {
    formats: 'Formats',
    supervisionPage: 'Supervision online',
    service: 'Apply online',
    serviceHint: (platform: string) => `on ${platform}`,
    records: (title: string, rows: number) => `${title} (${rows} rows)`,
    recordsTitle: 'Published list',
    poster: 'Print a notice-board poster',
    draft: 'This catalogue is a draft, not yet published; it may change.',
    submitted: 'This catalogue is awaiting review, not yet published; it may change.',
    reviewed: 'This catalogue has been reviewed and is awaiting publication.',
    removedItem: (name: string) => `Removed: ${name}`,
    changeCounts: (added: number, changed: number, removed: number) => `(${added} added, ${changed} changed, ${removed} removed)`,
    negativeList: 'Information not disclosed (negative list)',
    posterHint: 'An A4 poster of this item with a QR code, for the village notice board.',
  },
});

export interface ExtrasContext {
  readonly locale: Locale;
  /** The catalogue to give `<zwgk-records>` when the tree has its own source (inside a `<zwgk-catalogue>`, the records take the provider's). */
  readonly ownCatalogue?: Catalogue;
  readonly headingLevel: number;
  readonly posterUrl?: string;
  /** A document-unique id for a local name. */
  readonly uid: (local: string) => string;
}

/** Above the tree: a catalogue not yet published says so (`status` draft, submitted or reviewed). */
export function renderStatusNotice(status: Catalogue['status'], locale: Locale): TemplateResult | typeof nothing {
  return status === 'published' ? nothing : html`<p class="zwgk-notice" part="draft-notice">${translate(messages, locale, status)}</p>`;
}

/** In the line below the tree: where the 负面清单 is. */
export function renderNegativeListLink(url: string, locale: Locale): TemplateResult {
  return html`· <a part="negative-list" href=${url}>${translate(messages, locale, 'negativeList')}</a>`;
}

type ChangeLogEntry = NonNullable<Catalogue['changeLog']>[number];

export interface ChangeLogContext {
  readonly locale: Locale;
  /** An item's link in the tree (its place in the URL hash). */
  readonly itemHref: (item: CatalogueItem) => string;
  /** A listed item was clicked: the tree selects it. */
  readonly openLinked: (event: MouseEvent, id: string) => void;
}

/** The list of 更新记录, newest first: each entry's date, summary and counts, the items it added or changed (links) and those it removed (by name). */
export function renderChangeLogList(data: Catalogue, context: ChangeLogContext): TemplateResult {
  const { locale } = context;
  const entries = [...(data.changeLog ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  const items = new Map(data.items.map((item) => [item.id, item]));
  const link = (id: string) => {
    const item = items.get(id);
    return item ? html`<li><a href=${context.itemHref(item)} @click=${(e: MouseEvent) => context.openLinked(e, id)}>${item.name}</a></li>` : nothing;
  };
  return html`<ol>${entries.map((entry) => {
    // Entries written by hand may list only itemIds.
    const touched = entry.added || entry.changed ? [...(entry.added ?? []), ...(entry.changed ?? [])] : entry.itemIds;
    const counts = entry.added || entry.changed || entry.removed
      ? translate(messages, locale, 'changeCounts', entry.added?.length ?? 0, entry.changed?.length ?? 0, entry.removed?.length ?? 0)
      : '';
    return html`<li><time datetime=${entry.date}>${formatDate(entry.date, locale)}</time> ${entry.summary}${counts ? html` <span class="zwgk-hint">${counts}</span>` : nothing}
      ${touched.length ? html`<ul class="zwgk-changed">${touched.slice(0, 20).map(link)}</ul>` : nothing}
      ${entry.removed?.length ? renderRemoved(entry, items, locale) : nothing}</li>`;
  })}</ol>`;
}

/**
 * In 更新记录: the items an adjustment removed, by name. They are gone from the file: named from
 * the entry (1.1 `removedItems`), or from a withdrawn item still listed, or else by id.
 */
function renderRemoved(entry: ChangeLogEntry, items: ReadonlyMap<string, CatalogueItem>, locale: Locale): TemplateResult {
  const names = (entry.removed ?? []).slice(0, 20).map((id) => entry.removedItems?.find((r) => r.id === id)?.name ?? items.get(id)?.name ?? id);
  return html`<ul class="zwgk-changed">${names.map((name) => html`<li>${translate(messages, locale, 'removedItem', name)}</li>`)}</ul>`;
}

const row = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value}</dd>`;

/** The rows for the item's `<dl>`: 公开形式, the supervision page, 我要办. */
export function renderExtraRows(item: CatalogueItem, supervisionUrl: string | undefined, context: ExtrasContext): TemplateResult {
  const t = (key: 'formats' | 'supervisionPage' | 'service') => translate(messages, context.locale, key);
  const service = item.serviceItemRef;
  return html`
    ${item.formats?.length ? row(t('formats'), item.formats.join('、')) : nothing}
    ${supervisionUrl ? row(t('supervisionPage'), html`<a href=${supervisionUrl}>${supervisionUrl}</a>`) : nothing}
    ${service ? row(t('service'), html`${service.url
      ? html`<a class="zwgk-service" part="service" href=${service.url}>${t('service')}：${service.name ?? item.name}</a>`
      : html`${service.name ?? item.name}`}
      <span class="zwgk-hint">${translate(messages, context.locale, 'serviceHint', service.platform)}${service.code ? html`（<span lang="zxx">${service.code}</span>）` : nothing}</span>`) : nothing}
  `;
}

/** Opens the 公示 list: the records element is loaded on first use. */
function onRecordsToggle(event: Event): void {
  if ((event.currentTarget as HTMLDetailsElement).open) void import('../records/define.js');
}

/** Below the standard: the item's 公示 list (collapsed; the table loads when opened) and the poster action. */
export function renderExtraSections(item: CatalogueItem, context: ExtrasContext): TemplateResult {
  const records = item.records;
  const posterHint = context.uid('poster-hint');
  return html`
    ${records?.rows.length ? html`<details class="zwgk-records" part="records" @toggle=${onRecordsToggle}>
      <summary>${translate(messages, context.locale, 'records', records.title ?? translate(messages, context.locale, 'recordsTitle'), records.rows.length)}</summary>
      <zwgk-records item=${item.id} heading-level=${context.headingLevel + 1} .catalogue=${context.ownCatalogue}></zwgk-records>
    </details>` : nothing}
    ${context.posterUrl ? html`<p class="zwgk-poster-link"><a part="poster" href="${context.posterUrl}#zwgk-item=${encodeURIComponent(item.id)}" aria-describedby=${posterHint}>${translate(messages, context.locale, 'poster')}</a></p>
      <p class="zwgk-hint" id=${posterHint}>${translate(messages, context.locale, 'posterHint')}</p>` : nothing}
  `;
}
