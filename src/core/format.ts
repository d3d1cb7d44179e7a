/**
 * Display formats shared by every element: dates as 2024年03月05日 in Chinese and as
 * 5 March 2024 in English, read straight from the ISO text so no time zone can shift the day.
 */
import type { Locale } from './i18n.js';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(iso: string | undefined, locale: Locale): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return locale === 'en' ? `${Number(day)} ${EN_MONTHS[Number(month) - 1]} ${year}` : `${year}年${month}月${day}日`;
}

const HAS_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const HAS_ZONE = /([zZ]|[+-]\d{2}:?\d{2})$/;

/**
 * The Beijing wall-clock `HH:MM` of a date-time (a time written without an offset is Beijing time,
 * as Chinese sources mean it), or '' for a bare date.
 */
export function formatTime(iso: string | undefined): string {
  if (!iso || !HAS_TIME.test(iso)) return '';
  if (!HAS_ZONE.test(iso) || /\+08:?00$/.test(iso)) return iso.slice(11, 16);
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso.slice(11, 16);
  return new Date(ms + 8 * 3_600_000).toISOString().slice(11, 16);
}

/** The Beijing calendar date of a date or date-time, as `YYYY-MM-DD` (a 23:30Z instant is already the next day in Beijing). */
function beijingDate(iso: string): string {
  if (!HAS_TIME.test(iso) || !HAS_ZONE.test(iso) || /\+08:?00$/.test(iso)) return iso.slice(0, 10);
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso.slice(0, 10) : new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A date with its Beijing time when it has one: 2026年12月15日 09:30 / 15 December 2026, 09:30 (Beijing time). */
export function formatDateTime(iso: string | undefined, locale: Locale): string {
  if (!iso) return '';
  const time = formatTime(iso);
  const date = formatDate(beijingDate(iso), locale);
  if (!time) return date;
  return locale === 'en' ? `${date}, ${time} (Beijing time)` : `${date} ${time}`;
}

/**
 * A span of time, the end's date left out when it is the same day: 2026年12月15日 09:30—11:30,
 * 2026年11月25日至2026年12月24日 (Chinese), 25 November 2026 – 24 December 2026 (English).
 */
export function formatPeriod(start: string | undefined, end: string | undefined, locale: Locale): string {
  if (!start) return formatDateTime(end, locale);
  if (!end) return formatDateTime(start, locale);
  const sameDay = beijingDate(start) === beijingDate(end) && formatTime(end);
  if (sameDay && locale === 'en') return `${formatDate(beijingDate(start), locale)}, ${formatTime(start)}–${formatTime(end)} (Beijing time)`;
  const to = sameDay ? formatTime(end) : formatDateTime(end, locale);
  const dash = sameDay ? '—' : locale === 'en' ? ' – ' : '至';
  return `${formatDateTime(start, locale)}${dash}${to}`;
}

/** A document title in 书名号, whether or not the data wrote them: 《中华人民共和国政府信息公开条例》. */
export function bookTitle(title: string): string {
  return `《${title.trim().replace(/^《(.*)》$/, '$1')}》`;
}

/** A legal basis as cited: 《title》（文号）第十四条. */
export function citation(basis: { readonly title: string; readonly docNo?: string; readonly article?: string }): string {
  return `${bookTitle(basis.title)}${basis.docNo ? `（${basis.docNo}）` : ''}${basis.article ?? ''}`;
}
