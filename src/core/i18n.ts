/**
 * One message-table mechanism for every component: a typed table per component with a zh-CN
 * and an en entry for each key. A missing English key is a type error, not a blank label.
 */
import type { Locale } from '../catalogue/problems.js';

export type { Locale };
export type Message = string | ((...args: never[]) => string);
export type MessageTable = Record<string, Message>;
export type Translation<T extends MessageTable> = { readonly [K in keyof T]: T[K] };
export type Messages<T extends MessageTable> = { readonly 'zh-CN': T; readonly en: Translation<T> };
/**
 * A table whose English half is a module of its own, loaded the first time an element shows
 * English (most pages are zh-CN): until it arrives, messages read in Chinese.
 */
export type LazyMessages<T extends MessageTable> = { readonly 'zh-CN': T; en?: Translation<T>; loadEn(): Promise<unknown> };
export type AnyMessages<T extends MessageTable> = Messages<T> | LazyMessages<T>;

export function defineMessages<T extends MessageTable>(table: Messages<T>): Messages<T> {
  return table;
}

/** A table with its Chinese half in place and its English half imported by `load` on first use. */
export function defineLazyMessages<T extends MessageTable>(zh: T, load: () => Promise<Translation<T>>): LazyMessages<T> {
  let loading: Promise<unknown> | undefined;
  const table: LazyMessages<T> = {
    'zh-CN': zh,
    loadEn: () => (loading ??= load().then((en) => (table.en = en))),
  };
  return table;
}

export type MessageArgs<M> = M extends (...args: infer A) => string ? A : [];

export function translate<T extends MessageTable, K extends keyof T>(table: AnyMessages<T>, locale: Locale, key: K, ...args: MessageArgs<T[K]>): string {
  const message = (table[locale] as T | undefined)?.[key] ?? table['zh-CN'][key];
  return typeof message === 'function' ? (message as (...a: unknown[]) => string)(...args) : (message as string);
}

/** Maps any BCP 47 tag to a shipped locale: English for en-*, Simplified Chinese otherwise. */
export function toLocale(lang: string | null | undefined): Locale {
  return lang && /^en\b/i.test(lang) ? 'en' : 'zh-CN';
}
