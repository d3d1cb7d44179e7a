/**
 * The controls inside the tree's 筛选条件 panel: checkboxes for 公开层级, 公开方式 and 公开对象,
 * selects for 领域, 公开主体 and channel. The panel is closed until a reader opens it, so its
 * controls and the code lists they offer load on first use (when the pointer or focus reaches the
 * panel, or it opens), not with the tree.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { AUDIENCES, CATALOGUE_LEVELS, CHANNEL_TYPES, MODES, type ChannelType } from '../../catalogue/codes.js';
import type { Catalogue } from '../../catalogue/schema.js';
import type { TreeFilters } from './filters.js';
import type { TreeMessages } from './messages.js';

type FilterKey = keyof TreeFilters;
/** The messages that are plain text (no arguments). */
type TextKey = { [K in keyof TreeMessages]: TreeMessages[K] extends string ? K : never }[keyof TreeMessages];

export interface FilterPanelContext {
  /** Filters pinned by attributes: their controls are not shown. */
  readonly pinned: TreeFilters;
  /** The filters in force (pinned, else the reader's). */
  readonly filters: TreeFilters;
  /** The reader's own choices. */
  readonly userFilters: TreeFilters;
  /** Changes whenever the catalogue's items do (chunks arriving): the choices are counted again. */
  readonly revision: number;
  readonly msg: (key: TextKey) => string;
  readonly setFilter: (key: FilterKey, values: string[]) => void;
}

interface Choices {
  readonly revision: number;
  readonly agencies: ReadonlySet<string>;
  readonly channels: readonly ChannelType[];
}
const choicesByCatalogue = new WeakMap<Catalogue, Choices>();

/** Agencies and channels that occur in the catalogue: the filter choices (computed once per catalogue and revision). */
function choicesOf(data: Catalogue, revision: number): Choices {
  const known = choicesByCatalogue.get(data);
  if (known?.revision === revision) return known;
  const agencies = new Set<string>();
  const channels = new Set<ChannelType>();
  for (const item of data.items) {
    for (const id of item.subjectIds) agencies.add(id);
    for (const channel of item.channels) channels.add(channel.type);
  }
  const choices = { revision, agencies, channels: [...channels] };
  choicesByCatalogue.set(data, choices);
  return choices;
}

export function renderFilterGrid(data: Catalogue, context: FilterPanelContext): TemplateResult {
  const { pinned, filters, userFilters, msg, setFilter } = context;
  const checkboxes = (key: FilterKey, values: readonly string[], label: (v: string) => string) =>
    pinned[key].length
      ? nothing
      : html`<fieldset>
          <legend>${msg(key === 'levels' ? 'level' : key === 'modes' ? 'mode' : 'audience')}</legend>
          ${values.map(
            (value) => html`<label class="zwgk-check"><input type="checkbox" .checked=${filters[key].includes(value)}
              @change=${(e: Event) => setFilter(key, (e.target as HTMLInputElement).checked ? [...userFilters[key], value] : userFilters[key].filter((v) => v !== value))}
            />${label(value)}</label>`,
          )}
        </fieldset>`;
  const select = (key: FilterKey, label: 'domain' | 'agency' | 'channel', options: [string, string][]) =>
    pinned[key].length
      ? nothing
      : html`<label class="zwgk-select">${msg(label)}
          <select @change=${(e: Event) => { const v = (e.target as HTMLSelectElement).value; setFilter(key, v ? [v] : []); }}>
            <option value="" ?selected=${!filters[key].length}>${msg('any')}</option>
            ${options.map(([value, text]) => html`<option value=${value} ?selected=${filters[key][0] === value}>${text}</option>`)}
          </select>
        </label>`;
  const { agencies: usedAgencies, channels: usedChannels } = choicesOf(data, context.revision);
  return html`<div class="zwgk-filter-grid">
    ${checkboxes('levels', CATALOGUE_LEVELS, (v) => msg(v as 'county'))}
    ${checkboxes('modes', MODES, (v) => v)}
    ${checkboxes('audiences', AUDIENCES, (v) => v)}
    ${select('domains', 'domain', data.domains.map((d) => [d.id, d.name]))}
    ${select('agencies', 'agency', data.agencies.filter((a) => usedAgencies.has(a.id)).map((a) => [a.id, a.name]))}
    ${select('channels', 'channel', usedChannels.map((c) => [c, CHANNEL_TYPES[c]]))}
  </div>`;
}
