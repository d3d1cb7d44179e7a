/**
 * An item's standard (公开标准), as the tree shows it beside the list: every element of the item
 * in the familiar order, with its optional parts (item-extras.ts). A module of its own, so that
 * the tree's first paint does not wait for it: the tree loads it in idle time once it has painted
 * its data, and at once when an item is chosen (or linked with `#zwgk-item=`) before that.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { CHANNEL_TYPES } from '../../catalogue/codes.js';
import type { Catalogue, CatalogueItem } from '../../catalogue/schema.js';
import { formatDate } from '../../core/format.js';
import { translate, type MessageArgs } from '../../core/i18n.js';
import { detailMessages as messages } from './item-detail-messages.js';
import { renderExtraRows, renderExtraSections, type ExtrasContext } from './item-extras.js';

type DetailMessages = (typeof messages)['zh-CN'];
/** 公开层级 codes the tree's table names (an unknown code is shown as it is, as in the print table). */
const LEVELS: ReadonlySet<string> = new Set(['county', 'township', 'village']);

export interface DetailContext extends ExtrasContext {
  /** 已撤销 or 已失效 beside the item's name (as its row shows it). */
  readonly statusTag: (item: CatalogueItem) => TemplateResult | typeof nothing;
  /** The tree element (its columns tell whether the detail is drawn below the list). */
  readonly host: HTMLElement;
  /** 返回目录列表, and Escape in the detail when it is drawn below the list (a phone). */
  readonly backToList: () => void;
  /** 申请公开 on a 依申请 item. */
  readonly request: (item: CatalogueItem) => void;
  /**
   * The tree's own words (更新日期, 县级…) and its 公开依据 cell (export-table.ts), from the tree: this
   * chunk imports nothing the tree's entry has, so that they stay in the entry's one file.
   */
  readonly treeText: (key: 'updated' | 'county' | 'township' | 'village') => string;
  readonly basisText: (item: Pick<CatalogueItem, 'basis'>) => string;
}

/** The selected item's standard: a section labelled by the item's name (the tree's `detail` part). */
export function renderItemDetail(data: Catalogue, item: CatalogueItem, context: DetailContext): TemplateResult {
  const { locale, basisText, treeText } = context;
  const t = <K extends keyof DetailMessages>(key: K, ...args: MessageArgs<DetailMessages[K]>) => translate(messages, locale, key, ...args);
  const domain = data.domains.find((d) => d.id === item.domainId);
  const agency = (id: string) => data.agencies.find((a) => a.id === id);
  const supervision = item.supervision ?? agency(item.subjectIds[0]!)?.supervision;
  const row = (label: string, value: unknown) => (value === undefined || value === nothing ? nothing : html`<dt>${label}</dt><dd>${value}</dd>`);
  return html`<section class="zwgk-detail" part="detail" tabindex="-1" aria-labelledby=${context.uid('detail-title')} @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape' && detailBelowTree(context.host)) {
          event.preventDefault();
          context.backToList();
        }
      }}>
      <button type="button" class="zwgk-back zwgk-secondary" @click=${context.backToList}>${t('backToList')}</button>
      <div role="heading" aria-level=${context.headingLevel} id=${context.uid('detail-title')} class="zwgk-detail-title">${item.name}${context.statusTag(item)}</div>
      <dl>
        ${row(t('matter'), [domain?.name, item.matter, ...(item.path ?? [])].filter(Boolean).join(' › '))}
        ${row(t('content'), item.content)}
        ${item.standard?.length ? row(t('standard'), html`<ol>${item.standard.map((s) => html`<li>${s}</li>`)}</ol>`) : nothing}
        ${row(t('basis'), html`<ul>${item.basis.map((b) => html`<li>${b.url ? html`<a href=${b.url}>${basisText({ ...item, basis: [b] })}</a>` : basisText({ ...item, basis: [b] })}</li>`)}</ul>`)}
        ${row(t('timeLimit'), item.timeLimit.text)}
        ${row(t('subjects'), item.subjectIds.map((id) => agency(id)?.name ?? id).join('、'))}
        ${row(t('channels'), html`<ul class="zwgk-channels" aria-describedby=${context.uid('channel-legend')}>${item.channels.map((c) => html`<li>${c.required === false ? '□' : '■'} ${c.name ?? CHANNEL_TYPES[c.type]}
          <span class="zwgk-visually-hidden">${c.required === false ? t('optional') : t('required')}</span></li>`)}</ul>
          <span id=${context.uid('channel-legend')} class="zwgk-hint">${t('channelLegend')}</span>`)}
        ${row(t('audienceLabel'), `${item.audience}${item.audienceNote ? `（${item.audienceNote}）` : ''}`)}
        ${row(t('modeLabel'), item.mode)}
        ${row(t('levels'), item.levels.map((l) => (LEVELS.has(l) ? treeText(l as 'county') : l)).join('、'))}
        ${item.stages?.length ? row(t('stages'), item.stages.join('、')) : nothing}
        ${item.category ? row(t('category'), item.category) : nothing}
        ${supervision ? row(t('supervision'), [supervision.phone && `电话 ${supervision.phone}`, supervision.email && `邮箱 ${supervision.email}`, supervision.address].filter(Boolean).join('；')) : nothing}
        ${renderExtraRows(item, supervision?.url, context)}
        ${item.links?.length ? row(t('links'), html`<ul>${item.links.map((l) => html`<li><a href=${l.url}>${l.title}</a>${l.publishedAt ? `（${formatDate(l.publishedAt, locale)}）` : ''}</li>`)}</ul>`) : nothing}
        ${row(treeText('updated'), formatDate(item.updatedAt, locale))}
      </dl>
      ${renderExtraSections(item, context)}
      ${item.mode === '依申请'
        ? html`<p class="zwgk-hint">${t('requestHint')}</p>
            <button type="button" part="request" class="zwgk-primary" @click=${() => context.request(item)}>${t('request')}</button>`
        : nothing}
    </section>`;
}

/** Whether the tree's layout is stacked (one column), so that the detail is not beside the list. */
function detailBelowTree(host: HTMLElement): boolean {
  const tree = host.querySelector('.zwgk-tree-column');
  const detail = host.querySelector('.zwgk-detail-column');
  return !!tree && !!detail && detail.getBoundingClientRect().top >= tree.getBoundingClientRect().bottom - 1;
}

/**
 * On a phone the standard is drawn below the whole list, out of sight of the row that was
 * chosen: there it takes focus and scrolls into view, and its 返回目录 button leads back.
 */
export function followOnNarrowScreen(host: HTMLElement): void {
  if (!detailBelowTree(host)) return;
  const detail = host.querySelector<HTMLElement>('.zwgk-detail[tabindex]');
  detail?.focus({ preventScroll: true });
  detail?.scrollIntoView({ block: 'start' });
}
