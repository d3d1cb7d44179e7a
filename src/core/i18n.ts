/**
 * One message-table mechanism for every component: a typed table per component with a zh-CN
 * and an en entry for each key. A missing English key is a type error, not a blank label.
 */
import type { Locale } from '../catalogue/problems.js';

export type { Locale };
export type Message = string | ((...args: never[]) => string);
export type MessageTable = Record<string, Message>;
export type Messages<T extends MessageTable> = { readonly 'zh-CN': T; readonly en: { readonly [K in keyof T]: T[K] } };

export function defineMessages<T extends MessageTable>(table: Messages<T>): Messages<T> {
  return table;
}

export type MessageArgs<M> = M extends (...args: infer A) => string ? A : [];

export function translate<T extends MessageTable, K extends keyof T>(table: Messages<T>, locale: Locale, key: K, ...args: MessageArgs<T[K]>): string {
  const message = (table[locale] as T)[key] ?? table['zh-CN'][key];
  return typeof message === 'function' ? (message as (...a: unknown[]) => string)(...args) : (message as string);
}

/** Maps any BCP 47 tag to a shipped locale: English for en-*, Simplified Chinese otherwise. */
export function toLocale(lang: string | null | undefined): Locale {
  return lang && /^en\b/i.test(lang) ? 'en' : 'zh-CN';
}
