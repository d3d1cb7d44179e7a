/**
 * What goes on the A4 notice-board poster (公示栏) of one catalogue item: its name, content, time
 * limit, disclosing body, channels and a QR code to the item's page, for villagers who read the
 * board rather than the website. Pure: the element renders this and draws `qrUrl` with core/qr.ts.
 */
import type { Catalogue, CatalogueItem, ChannelRef } from '../../catalogue/schema.js';
import { CHANNEL_TYPES } from '../../catalogue/codes.js';
import { citation } from '../../core/format.js';
import { publicityPeriod, type PublicityPeriod } from '../records/publicity.js';

export interface PosterChannel {
  readonly type: ChannelRef['type'];
  /** The channel's own name (村（社区）公示栏) or the code list's label. */
  readonly label: string;
  /** ■ (true) or □ (false) as in the county table; absent when the table does not say. */
  readonly required?: boolean;
}

export interface PosterContact {
  readonly phone?: string;
  readonly email?: string;
  readonly address?: string;
  readonly url?: string;
}

export interface PosterContent {
  /** 示例县人民政府 … the heading's jurisdiction, and the catalogue's title as the series line. */
  readonly jurisdiction: string;
  readonly catalogueTitle: string;
  readonly domain: string;
  readonly matter: string;
  /** The item's name: the poster's title. */
  readonly title: string;
  readonly content: string;
  readonly standard: readonly string[];
  readonly timeLimit: string;
  /** 公开主体: the disclosing bodies' full names. */
  readonly disclosingBodies: readonly string[];
  readonly mode: CatalogueItem['mode'];
  readonly audience: CatalogueItem['audience'];
  readonly audienceNote?: string;
  readonly basis: readonly string[];
  readonly channels: readonly PosterChannel[];
  readonly pushChannels: readonly string[];
  /** 我要办: the service item behind the disclosure, when it has a page. */
  readonly service?: { readonly platform: string; readonly name?: string; readonly url?: string };
  /** 监督方式: the item's own, else its first disclosing body's. */
  readonly supervision?: PosterContact;
  /** The body's contact for questions. */
  readonly contact?: PosterContact;
  /** The 公示期 when the item has records with dates. */
  readonly publicity?: PublicityPeriod;
  /** What the QR code opens: the item in the catalogue page, absolute, ASCII only (percent-encoded). */
  readonly qrUrl?: string;
  readonly updatedAt: string;
  /** `withdrawn` or `expired` items should not be posted; the element says so instead of printing. */
  readonly status: CatalogueItem['status'];
}

export interface PosterOptions {
  /** The page with the catalogue tree, absolute or relative to `base` (the page's URL). */
  readonly pageUrl?: string;
  /** The URL relative page URLs are resolved against, normally `document.baseURI`. */
  readonly base?: string;
  readonly now?: Date;
}

/**
 * The item's page as an absolute http(s) URL opening this item (`#zwgk-item=<id>`, the catalogue
 * tree's deep link), or undefined when no usable page URL is known. Non-ASCII characters are
 * percent-encoded so every scanner reads the same bytes.
 */
export function itemPageUrl(itemId: string, pageUrl: string | undefined, base: string | undefined): string | undefined {
  let url: URL;
  try {
    url = new URL(pageUrl ?? '', base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  url.hash = new URLSearchParams({ 'zwgk-item': itemId }).toString();
  return url.href;
}

const contactOf = (c: PosterContact | undefined): PosterContact | undefined =>
  c && (c.phone || c.email || c.address || c.url)
    ? { ...(c.phone ? { phone: c.phone } : {}), ...(c.email ? { email: c.email } : {}), ...(c.address ? { address: c.address } : {}), ...(c.url ? { url: c.url } : {}) }
    : undefined;

export function posterContent(catalogue: Catalogue, item: CatalogueItem, options: PosterOptions = {}): PosterContent {
  const agencies = item.subjectIds.map((id) => catalogue.agencies.find((a) => a.id === id));
  const first = agencies.find(Boolean);
  const domain = catalogue.domains.find((d) => d.id === item.domainId);
  const supervision = contactOf(item.supervision) ?? contactOf(first?.supervision);
  const contact = contactOf(first?.contact);
  const service = item.serviceItemRef;
  const qrUrl = itemPageUrl(item.id, options.pageUrl, options.base);
  return {
    jurisdiction: catalogue.jurisdiction.name,
    catalogueTitle: catalogue.title,
    domain: domain?.name ?? item.domainId,
    matter: item.matter,
    title: item.name,
    content: item.content,
    standard: item.standard ?? [],
    timeLimit: item.timeLimit.text,
    disclosingBodies: item.subjectIds.map((id, i) => agencies[i]?.name ?? id),
    mode: item.mode,
    audience: item.audience,
    ...(item.audienceNote ? { audienceNote: item.audienceNote } : {}),
    basis: item.basis.map(citation),
    channels: item.channels.map((c) => ({ type: c.type, label: c.name ?? CHANNEL_TYPES[c.type], ...(c.required === undefined ? {} : { required: c.required }) })),
    pushChannels: item.pushChannels ?? [],
    ...(service ? { service: { platform: service.platform, ...(service.name ? { name: service.name } : {}), ...(service.url ? { url: service.url } : {}) } } : {}),
    ...(supervision ? { supervision } : {}),
    ...(contact ? { contact } : {}),
    ...(item.records && (item.records.displayStart || item.records.displayEnd) ? { publicity: publicityPeriod(item, options.now) } : {}),
    ...(qrUrl ? { qrUrl } : {}),
    updatedAt: item.updatedAt,
    status: item.status,
  };
}
