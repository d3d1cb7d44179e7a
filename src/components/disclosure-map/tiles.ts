/**
 * Which base map to draw: 天地图 (national geographic information public service platform) with a
 * `tk` key by default, or any XYZ / WMTS tile template the site configures. Pure: returns the
 * Leaflet-ready URL templates, the CRS the tiles are drawn in, and the attribution to show.
 */
import type { Crs } from './crs.js';

/** 天地图's current 审图号 as shown on its site; sites should check it and set `review-number`. */
export const TIANDITU_REVIEW_NUMBER = 'GS(2024)0568号';
const TIANDITU_SUBDOMAINS = '01234567';

export interface TileLayerSpec {
  /** Leaflet URL template: `{s}`, `{z}`, `{x}`, `{y}` (and `{-y}` for TMS). */
  readonly url: string;
  readonly subdomains: string;
}

export interface BaseMap {
  readonly source: 'tianditu' | 'custom';
  readonly layers: readonly TileLayerSpec[];
  /** The CRS the tiles are drawn in, which every point is converted to. */
  readonly crs: 'WGS-84' | 'GCJ-02';
  /** Plain text; empty for 天地图 (the element writes its name in the reader's language). */
  readonly attribution: string;
  readonly reviewNumber?: string;
  readonly maxZoom: number;
}

export type BaseMapProblem = 'no-source' | 'unsupported-crs';
export type BaseMapResult = { readonly baseMap: BaseMap; readonly problem?: undefined } | { readonly baseMap?: undefined; readonly problem: BaseMapProblem };

export interface BaseMapOptions {
  readonly tk?: string | undefined;
  readonly tiles?: string | undefined;
  readonly tilesCrs?: string | undefined;
  readonly subdomains?: string | undefined;
  readonly attribution?: string | undefined;
  readonly reviewNumber?: string | undefined;
  readonly maxZoom?: number | undefined;
  /** English annotations (天地图 `eva`) instead of Chinese (`cva`). */
  readonly english?: boolean | undefined;
}

/** One 天地图 layer in Web Mercator (`_w`), its WMTS GetTile request written as an XYZ template. */
export function tiandituUrl(layer: string, tk: string): string {
  return (
    `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
    `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(tk)}`
  );
}

/** Accepts WMTS-style placeholders ({TileMatrix}/{TileRow}/{TileCol}) as well as XYZ ones. */
export function normalizeTemplate(template: string): string {
  return template
    .replace(/\{TileMatrix\}/gi, '{z}')
    .replace(/\{TileRow\}/gi, '{y}')
    .replace(/\{TileCol\}/gi, '{x}');
}

/** Reads a `tiles-crs` value: WGS-84 and CGCS2000 in any spelling, GCJ-02, BD-09; else undefined. */
export function parseCrs(value: string | undefined): Crs | undefined {
  const v = (value ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (v === 'WGS84' || v === 'EPSG4326' || v === 'EPSG3857') return 'WGS-84';
  if (v === 'CGCS2000' || v === 'EPSG4490') return 'CGCS2000';
  if (v === 'GCJ02') return 'GCJ-02';
  if (v === 'BD09') return 'BD-09';
  return undefined;
}

/**
 * The base map for the given attributes. Custom `tiles` win over 天地图; tiles in BD-09 (Baidu's
 * own projection, which Leaflet cannot draw) fall back to 天地图 when a key is set, otherwise to
 * the list. Custom tiles without `tiles-crs` are taken to be WGS-84/CGCS2000.
 */
export function resolveBaseMap(options: BaseMapOptions): BaseMapResult {
  const tk = options.tk?.trim();
  const templates = (options.tiles ?? '').split(/\s+/).filter(Boolean).map(normalizeTemplate);
  const maxZoom = options.maxZoom ?? 18;
  if (templates.length) {
    const crs = parseCrs(options.tilesCrs) ?? (options.tilesCrs ? 'BD-09' : 'WGS-84');
    if (crs !== 'BD-09') {
      const reviewNumber = options.reviewNumber?.trim();
      return {
        baseMap: {
          source: 'custom',
          layers: templates.map((url) => ({ url, subdomains: options.subdomains?.trim() || 'abc' })),
          crs: crs === 'GCJ-02' ? 'GCJ-02' : 'WGS-84',
          attribution: options.attribution?.trim() ?? '',
          ...(reviewNumber ? { reviewNumber } : {}),
          maxZoom,
        },
      };
    }
    if (!tk) return { problem: 'unsupported-crs' };
  }
  if (!tk) return { problem: 'no-source' };
  return {
    baseMap: {
      source: 'tianditu',
      layers: [
        { url: tiandituUrl('vec', tk), subdomains: TIANDITU_SUBDOMAINS },
        { url: tiandituUrl(options.english ? 'eva' : 'cva', tk), subdomains: TIANDITU_SUBDOMAINS },
      ],
      crs: 'WGS-84',
      attribution: options.attribution?.trim() ?? '',
      reviewNumber: options.reviewNumber?.trim() || TIANDITU_REVIEW_NUMBER,
      maxZoom: Math.min(maxZoom, 18),
    },
  };
}
