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

/** A moment in Beijing time, to the minute: 2024年03月05日 14:07 / 5 March 2024, 14:07 (Beijing time). */
export function formatDateTime(iso: string | undefined, locale: Locale): string {
  const ms = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(ms)) return iso ?? '';
  const beijing = new Date(ms + 8 * 3_600_000).toISOString();
  const time = beijing.slice(11, 16);
  return locale === 'en' ? `${formatDate(beijing, locale)}, ${time} (Beijing time)` : `${formatDate(beijing, locale)} ${time}`;
}
