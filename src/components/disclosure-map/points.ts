/**
 * The disclosure points as the map and list show them: filtering by type, level and township,
 * distances (haversine, on WGS-84 positions) and nearest-first sorting. Pure functions.
 */
import type { DisclosurePoint } from '../../catalogue/schema.js';
import { convert, type Crs, type LngLat } from './crs.js';

export interface PointFilters {
  /** Point type codes (`disclosure_zone`, …); empty means any. */
  readonly types: readonly string[];
  /** `county`, `township`, `village`; empty means any. */
  readonly levels: readonly string[];
  /** Township names as written in the catalogue; empty means any. */
  readonly townships: readonly string[];
}

export const NO_FILTERS: PointFilters = { types: [], levels: [], townships: [] };

/** Splits an editor's list attribute: commas (half or full width), 、 or spaces. */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[,，、\s]+/).map((part) => part.trim()).filter(Boolean);
}

/** Level words editors write, mapped to the codes: 县级/乡级/乡镇级/村级 as well as the codes. */
export function normalizeLevel(value: string): string {
  if (/^县/.test(value)) return 'county';
  if (/^乡|^镇|^街道/.test(value)) return 'township';
  if (/^村|^社区/.test(value)) return 'village';
  return value;
}

export function matchesFilters(point: DisclosurePoint, filters: PointFilters): boolean {
  return (
    (!filters.types.length || filters.types.includes(point.type)) &&
    (!filters.levels.length || filters.levels.includes(point.level)) &&
    (!filters.townships.length || (point.township !== undefined && filters.townships.includes(point.township)))
  );
}

export function filterPoints(points: readonly DisclosurePoint[], filters: PointFilters): DisclosurePoint[] {
  return points.filter((point) => matchesFilters(point, filters));
}

/** Whether the point can be drawn on a map: physical, with a location. */
export function isMappable(point: DisclosurePoint): point is DisclosurePoint & { location: NonNullable<DisclosurePoint['location']> } {
  return point.kind === 'physical' && point.location !== undefined;
}

/** The point's position converted to `crs`, as `[lng, lat]`; undefined when it has none. */
export function positionIn(point: DisclosurePoint, crs: Crs): [number, number] | undefined {
  const location = point.location;
  return location ? convert([location.lng, location.lat], location.crs, crs) : undefined;
}

/** The distinct values of a field, in first-seen order (catalogue order is the editors' order). */
export function distinct<T>(values: readonly (T | undefined)[]): T[] {
  return [...new Set(values.filter((v): v is T => v !== undefined))];
}

const EARTH_RADIUS_M = 6371008.8;
const RAD = Math.PI / 180;

/** Great-circle distance in metres between two WGS-84 positions (haversine). */
export function haversine(a: LngLat, b: LngLat): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLng = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface Ranked {
  readonly point: DisclosurePoint;
  /** Metres from the origin; undefined for points without a location. */
  readonly distance?: number;
}

/**
 * Points nearest first from `origin` (WGS-84 `[lng, lat]`). Every point is converted from its own
 * CRS to WGS-84 before measuring. Points without a location keep their order, after the others.
 */
export function sortByDistance(points: readonly DisclosurePoint[], origin: LngLat): Ranked[] {
  const ranked = points.map((point, index) => {
    const position = positionIn(point, 'WGS-84');
    return { point, index, distance: position ? haversine(origin, position) : undefined };
  });
  ranked.sort((a, b) => (a.distance ?? Infinity) - (b.distance ?? Infinity) || a.index - b.index);
  return ranked.map(({ point, distance }) => (distance === undefined ? { point } : { point, distance }));
}

/**
 * A township's reference position (WGS-84), for 「按乡镇就近排序」 when the reader does not share
 * their location: its 便民服务中心 when it has one, else the mean of its located points.
 */
export function townshipOrigin(points: readonly DisclosurePoint[], township: string): [number, number] | undefined {
  const own = points.filter((p) => p.township === township && p.location);
  const centre = own.find((p) => p.type === 'convenience_center') ?? own.find((p) => p.level === 'township');
  if (centre) return positionIn(centre, 'WGS-84');
  const positions = own.map((p) => positionIn(p, 'WGS-84')!);
  if (!positions.length) return undefined;
  const sum = positions.reduce((acc, [lng, lat]) => [acc[0] + lng, acc[1] + lat], [0, 0]);
  return [sum[0] / positions.length, sum[1] / positions.length];
}

/** 「约 350 米」/「约 1.2 公里」 and the English equivalents, rounded as people say distances. */
export function formatDistance(metres: number, locale: 'zh-CN' | 'en'): string {
  const km = metres >= 1000;
  const value = km ? (metres >= 10_000 ? Math.round(metres / 1000) : Math.round(metres / 100) / 10) : Math.max(10, Math.round(metres / 10) * 10);
  return locale === 'en' ? `about ${value} ${km ? 'km' : 'm'}` : `约 ${value} ${km ? '公里' : '米'}`;
}

/** The digits of a phone label for a `tel:` link: 0373-5551001 → 03735551001; keeps a leading +. */
export function telHref(phone: string): string | undefined {
  const first = phone.split(/[,，;；、/或]/)[0] ?? '';
  const digits = first.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return digits.replace('+', '').length >= 3 ? `tel:${digits}` : undefined;
}

/** Opening hours split into lines at full-width or half-width semicolons, for easier reading. */
export function hoursLines(text: string | undefined): string[] {
  return (text ?? '').split(/[；;]\s*/).map((line) => line.trim()).filter(Boolean);
}
