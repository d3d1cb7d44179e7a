/**
 * One 回应关切 as both `<zwgk-responses>` and the policy card show it: the concern, who answered
 * and when (and how many days after it was raised), the related policy or project, the answer and
 * a link to the full text. A render function rather than an element, so that the card can show a
 * policy's responses without bringing in another element.
 */
import { css, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import type { Catalogue, ConcernResponse } from '../../catalogue/schema.js';
import { scope } from '../../core/light-dom.js';
import { formatDate } from '../../core/format.js';
import { heading } from '../../core/heading.js';
import { defineMessages, translate, type Locale, type MessageArgs } from '../../core/i18n.js';
import { responseDays } from './filter.js';

export const responseMessages = defineMessages({
  'zh-CN': {
    respondent: '回应单位',
    date: '回应日期',
    channel: '回应渠道',
    raised: '关切提出',
    raisedAfter: (date: string, days: number) => (days === 0 ? `${date}（当天回应）` : `${date}（${days} 天后回应）`),
    policy: '相关政策',
    project: '相关项目',
    full: '查看回应全文',
  },
  en: {
    respondent: 'Answered by',
    date: 'Answered on',
    channel: 'Channel',
    raised: 'Concern raised',
    raisedAfter: (date: string, days: number) => (days === 0 ? `${date} (answered the same day)` : `${date} (answered ${days} days later)`),
    policy: 'Related policy',
    project: 'Related project',
    full: 'Read the full response',
  },
});

type ResponseMessages = (typeof responseMessages)['zh-CN'];

export interface ResponseViewOptions {
  readonly locale: Locale;
  readonly headingLevel: number;
  /** Document-unique id of a local name (the element's `uid`). */
  readonly uid: (local: string) => string;
  /** Leave out the related policy (the card shows responses under their policy). */
  readonly withoutPolicy?: boolean;
  /** The link to a policy of this catalogue, when there is a page to open it on. */
  readonly policyHref?: (policyId: string) => string | undefined;
}

export function responseStyles(tag: string): CSSResult {
  const { body } = scope(tag);
  return css`
    ${body} .zwgk-response { margin-bottom: var(--_zwgk-space-m); }
    ${body} .zwgk-response .zwgk-title { font-size: 1.125em; }
    ${body} .zwgk-response-text { display: block; margin: 0 0 var(--_zwgk-space-s); white-space: pre-line; }
  `;
}

export function renderResponse(catalogue: Catalogue, response: ConcernResponse, options: ResponseViewOptions): TemplateResult {
  const t = <K extends keyof ResponseMessages>(key: K, ...args: MessageArgs<ResponseMessages[K]>) => translate(responseMessages, options.locale, key, ...args);
  const date = (iso: string | undefined) => formatDate(iso, options.locale);
  const respondent = catalogue.agencies.find((a) => a.id === response.respondentId)?.name ?? response.respondentId;
  const policy = response.policyId ? catalogue.policies?.find((p) => p.id === response.policyId) : undefined;
  const policyHref = policy ? (options.policyHref?.(policy.id) ?? policy.url) : undefined;
  const days = responseDays(response);
  const row = (label: string, value: unknown) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing);
  const titleId = options.uid(`response-${response.id}-title`);
  return html`<article class="zwgk-card zwgk-response" part="response" id=${options.uid(`response-${response.id}`)} aria-labelledby=${titleId}>
    ${heading(options.headingLevel, response.topic, 'zwgk-title', titleId)}
    <dl class="zwgk-fields">
      ${row(t('respondent'), respondent)}
      ${row(t('date'), date(response.publishedAt))}
      ${row(t('raised'), response.raisedAt ? t('raisedAfter', date(response.raisedAt), days ?? 0) : '')}
      ${row(t('channel'), response.channel)}
      ${options.withoutPolicy || !policy ? nothing : row(t('policy'), policyHref ? html`<a href=${policyHref} data-zwgk-policy=${policy.id}>${policy.title}</a>` : policy.title)}
      ${row(t('project'), response.projectName)}
    </dl>
    <p class="zwgk-response-text">${response.content}</p>
    ${response.url ? html`<p class="zwgk-para"><a href=${response.url}>${t('full')}<span class="zwgk-visually-hidden">：${response.topic}</span></a></p>` : nothing}
  </article>`;
}
