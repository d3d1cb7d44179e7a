/**
 * How the format's structured fields read as table cells and plain text: 公开依据 citations,
 * ■/□ channel lists, 公开主体 names, 公开层级 labels, 监督方式 contacts, and CSV. One module on the
 * format side, shared by the tree's print and CSV export, `zwgk export` (write-table.ts), the import's
 * re-reading of a base catalogue and `zwgk diff`, so that all of them write a field the same way. Pure.
 */
import { CHANNEL_TYPES } from '../codes.js';
import type { Catalogue, CatalogueItem } from '../schema.js';

const LEVEL_LABELS: Readonly<Record<string, string>> = { county: '县级', township: '乡级', village: '村级' };

/** county → 县级; an unknown code is shown as it is. */
export function levelLabel(level: string): string {
  return LEVEL_LABELS[level] ?? level;
}

/** 《中华人民共和国政府信息公开条例》（国务院令第711号）第二十六条；… */
export function basisText(item: Pick<CatalogueItem, 'basis'>): string {
  return item.basis.map((b) => `${b.title.startsWith('《') ? b.title : `《${b.title}》`}${b.docNo ? `（${b.docNo}）` : ''}${b.article ? b.article : ''}`).join('；');
}

/** ■政府网站 □公开查阅点: ■ required, □ optional, the printed name of the type unless the table named it otherwise. */
export function channelText(item: Pick<CatalogueItem, 'channels'>): string {
  return item.channels.map((c) => `${c.required === false ? '□' : '■'}${c.name ?? CHANNEL_TYPES[c.type]}`).join(' ');
}

/** The disclosing bodies by name, 、-separated; an id that resolves nowhere is shown as the id. */
export function subjectText(item: Pick<CatalogueItem, 'subjectIds'>, catalogue: Pick<Catalogue, 'agencies'>): string {
  return item.subjectIds.map((id) => catalogue.agencies.find((a) => a.id === id)?.name ?? id).join('、');
}

type Contact = NonNullable<CatalogueItem['supervision']>;
const CONTACT_LABELS: readonly (readonly [keyof Contact & string, string])[] = [['phone', '电话'], ['email', '邮箱'], ['url', '网址'], ['address', '地址']];

/** 电话：0539-8311234；邮箱：jd@example.gov.cn: the 监督方式 cell, read back by readContact. */
export function contactText(contact: Contact | undefined): string {
  if (!contact) return '';
  return CONTACT_LABELS.filter(([key]) => typeof contact[key] === 'string' && contact[key]).map(([key, label]) => `${label}：${contact[key]}`).join('；');
}
