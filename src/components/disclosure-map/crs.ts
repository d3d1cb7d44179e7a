/**
 * Coordinate conversion between the reference systems Chinese web maps use, as small pure
 * functions (no dependency: gcoord would add 3.6 kB gz for the same four formulas).
 *
 * - WGS-84 (GPS, `navigator.geolocation`) and CGCS2000 (天地图, EPSG:4490): treated as the same;
 *   they differ by well under a metre at web-map scale.
 * - GCJ-02 (高德, 腾讯): WGS-84 with the published obfuscation offset (Krasovsky ellipsoid
 *   formula). The inverse has no closed form; it is solved by fixed-point iteration to < 1 cm.
 * - BD-09 (百度): GCJ-02 offset again by Baidu's published formula; its inverse is iterated too.
 *
 * Points outside mainland China (the usual bounding box) are left unshifted, as the official
 * offset is only applied inside it. Coordinates are `[lng, lat]` in degrees throughout.
 */

export type Crs = 'WGS-84' | 'CGCS2000' | 'GCJ-02' | 'BD-09';
export type LngLat = readonly [lng: number, lat: number];

const { sin, cos, sqrt, abs, atan2, PI } = Math;
/** Krasovsky 1940 semi-major axis and first eccentricity squared, as used by GCJ-02. */
const A = 6378245;
const EE = 0.006693421622965943;
const X_PI = (PI * 3000) / 180;
/** Convergence threshold of the inverse iterations, in degrees (≈ 1 mm). */
const EPSILON = 1e-8;
const MAX_ITERATIONS = 30;

/** Whether the point is inside the box where the GCJ-02 offset applies (mainland China, roughly). */
export function inChina([lng, lat]: LngLat): boolean {
  return lng >= 72.004 && lng <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
}

function offset(lng: number, lat: number): [number, number] {
  const x = lng - 105;
  const y = lat - 35;
  const common = ((20 * sin(6 * x * PI) + 20 * sin(2 * x * PI)) * 2) / 3;
  let dLat = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * sqrt(abs(x)) + common;
  dLat += ((20 * sin(y * PI) + 40 * sin((y / 3) * PI)) * 2) / 3;
  dLat += ((160 * sin((y / 12) * PI) + 320 * sin((y * PI) / 30)) * 2) / 3;
  let dLng = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sqrt(abs(x)) + common;
  dLng += ((20 * sin(x * PI) + 40 * sin((x / 3) * PI)) * 2) / 3;
  dLng += ((150 * sin((x / 12) * PI) + 300 * sin((x / 30) * PI)) * 2) / 3;
  const radLat = (lat / 180) * PI;
  const magic = 1 - EE * sin(radLat) ** 2;
  const sqrtMagic = sqrt(magic);
  return [
    (dLng * 180) / ((A / sqrtMagic) * cos(radLat) * PI),
    (dLat * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * PI),
  ];
}

/** Solves `forward(x) = target` for x by fixed-point iteration, starting from the target. */
function invert(forward: (p: LngLat) => LngLat, target: LngLat): [number, number] {
  let lng = target[0];
  let lat = target[1];
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const [fLng, fLat] = forward([lng, lat]);
    const dLng = fLng - target[0];
    const dLat = fLat - target[1];
    lng -= dLng;
    lat -= dLat;
    if (abs(dLng) < EPSILON && abs(dLat) < EPSILON) break;
  }
  return [lng, lat];
}

export function wgs84ToGcj02(point: LngLat): [number, number] {
  if (!inChina(point)) return [point[0], point[1]];
  const [dLng, dLat] = offset(point[0], point[1]);
  return [point[0] + dLng, point[1] + dLat];
}

export function gcj02ToWgs84(point: LngLat): [number, number] {
  return inChina(point) ? invert(wgs84ToGcj02, point) : [point[0], point[1]];
}

export function gcj02ToBd09([lng, lat]: LngLat): [number, number] {
  const z = sqrt(lng * lng + lat * lat) + 0.00002 * sin(lat * X_PI);
  const theta = atan2(lat, lng) + 0.000003 * cos(lng * X_PI);
  return [z * cos(theta) + 0.0065, z * sin(theta) + 0.006];
}

export function bd09ToGcj02(point: LngLat): [number, number] {
  return invert(gcj02ToBd09, point);
}

/** The family a CRS belongs to for conversion purposes: CGCS2000 counts as WGS-84. */
function family(crs: Crs): 'WGS-84' | 'GCJ-02' | 'BD-09' {
  return crs === 'CGCS2000' ? 'WGS-84' : crs;
}

/**
 * Converts `[lng, lat]` from one CRS to another. BD-09 points outside China are left unshifted,
 * like the other two, so a foreign point never moves whatever CRS it claims.
 */
export function convert(point: LngLat, from: Crs, to: Crs): [number, number] {
  const source = family(from);
  const target = family(to);
  if (source === target || !inChina(point)) return [point[0], point[1]];
  const gcj = source === 'GCJ-02' ? [point[0], point[1]] as const : source === 'WGS-84' ? wgs84ToGcj02(point) : bd09ToGcj02(point);
  return target === 'GCJ-02' ? [gcj[0], gcj[1]] : target === 'WGS-84' ? gcj02ToWgs84(gcj) : gcj02ToBd09(gcj);
}
