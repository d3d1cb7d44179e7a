import { expect } from '@open-wc/testing';
import { bd09ToGcj02, convert, gcj02ToBd09, gcj02ToWgs84, inChina, wgs84ToGcj02, type LngLat } from '../../../src/components/disclosure-map/crs.js';
import { filterPoints, formatDistance, haversine, hoursLines, normalizeLevel, parseList, sortByDistance, telHref, townshipOrigin, NO_FILTERS } from '../../../src/components/disclosure-map/points.js';
import { clusterPoints } from '../../../src/components/disclosure-map/cluster.js';
import { normalizeTemplate, parseCrs, resolveBaseMap, TIANDITU_REVIEW_NUMBER } from '../../../src/components/disclosure-map/tiles.js';
import type { DisclosurePoint } from '../../../src/catalogue/schema.js';

/**
 * Published reference pairs for Chinese cities, [lng, lat] in WGS-84, GCJ-02 and BD-09, from the
 * fixture of the gcoord project (hujiulong/gcoord, test/fixtures/china-cities.json, values obtained
 * from the map providers' own conversion services), seven decimals (≈ 1 cm).
 */
const CITIES: { name: string; wgs: LngLat; gcj: LngLat; bd: LngLat }[] = [
  { name: '郑州', wgs: [113.6192856, 34.7478004], gcj: [113.6253334, 34.7466173], bd: [113.6317519, 34.7528605] },
  { name: '驻马店', wgs: [114.0164322, 33.0133556], gcj: [114.022306, 33.0115324], bd: [114.0287781, 33.0176697] },
  { name: '邢台', wgs: [114.498916, 37.0700925], gcj: [114.5048503, 37.0705911], bd: [114.5113116, 37.0766797] },
  { name: '邵阳', wgs: [111.4622119, 27.242124], gcj: [111.4677938, 27.2388981], bd: [111.4742271, 27.2451662] },
  { name: '沈阳', wgs: [123.4253306, 41.8032629], gcj: [123.4314787, 41.8057023], bd: [123.438095, 41.8114013] },
  { name: '梅州', wgs: [116.1174053, 24.2912377], gcj: [116.1222426, 24.2886182], bd: [116.1287823, 24.2944828] },
  { name: '钦州', wgs: [108.6503952, 21.9828281], gcj: [108.6541485, 21.9799392], bd: [108.6607283, 21.9856319] },
  { name: '酒泉', wgs: [98.4937175, 39.7319946], gcj: [98.4943595, 39.7328234], bd: [98.5008441, 39.7388949] },
  { name: '那曲', wgs: [92.0499619, 31.4784436], gcj: [92.0512438, 31.4762063], bd: [92.0576832, 31.4824421] },
  { name: '锡林浩特', wgs: [116.0414035, 43.9312805], gcj: [116.0482308, 43.9334573], bd: [116.0546232, 43.9397782] },
];

const metres = (a: LngLat, b: LngLat) => haversine(a, b);

describe('disclosure map: coordinate conversion', () => {
  for (const { name, wgs, gcj, bd } of CITIES) {
    it(`${name}: WGS-84 ↔ GCJ-02 ↔ BD-09 within 1 m of the published values`, () => {
      expect(metres(wgs84ToGcj02(wgs), gcj)).to.be.below(1);
      expect(metres(gcj02ToWgs84(gcj), wgs)).to.be.below(1);
      expect(metres(gcj02ToBd09(gcj), bd)).to.be.below(1);
      expect(metres(bd09ToGcj02(bd), gcj)).to.be.below(1);
      expect(metres(convert(wgs, 'WGS-84', 'BD-09'), bd)).to.be.below(1);
      expect(metres(convert(bd, 'BD-09', 'CGCS2000'), wgs)).to.be.below(1);
    });
  }

  it('matches coordtransform’s documented example for 北京 (wandergis/coordtransform README)', () => {
    // wgs84togcj02(116.404, 39.915) → [116.41024449916938, 39.91640428150164]
    // gcj02tobd09(116.404, 39.915) → [116.41036949371029, 39.92133699351021]
    expect(metres(wgs84ToGcj02([116.404, 39.915]), [116.41024449916938, 39.91640428150164])).to.be.below(0.01);
    expect(metres(gcj02ToBd09([116.404, 39.915]), [116.41036949371029, 39.92133699351021])).to.be.below(0.01);
  });

  it('shifts points in China by hundreds of metres, so a wrong CRS would misplace a building', () => {
    const [wgs] = CITIES;
    expect(metres(wgs!.wgs, wgs!.gcj)).to.be.within(300, 1000);
    expect(metres(wgs!.gcj, wgs!.bd)).to.be.within(500, 1500);
  });

  it('leaves points outside mainland China unshifted, whatever CRS they claim', () => {
    const paris: LngLat = [2.3522, 48.8566];
    const sydney: LngLat = [151.2093, -33.8688];
    expect(inChina(paris)).to.equal(false);
    for (const point of [paris, sydney]) {
      expect(wgs84ToGcj02(point)).to.deep.equal([...point]);
      expect(gcj02ToWgs84(point)).to.deep.equal([...point]);
      expect(convert(point, 'BD-09', 'WGS-84')).to.deep.equal([...point]);
      expect(convert(point, 'WGS-84', 'BD-09')).to.deep.equal([...point]);
    }
  });

  it('round trips stay within a centimetre, and CGCS2000 is treated as WGS-84', () => {
    const shixian: LngLat = [113.9078, 35.3034];
    for (const [from, to] of [['WGS-84', 'GCJ-02'], ['GCJ-02', 'BD-09'], ['WGS-84', 'BD-09'], ['BD-09', 'CGCS2000']] as const) {
      expect(metres(convert(convert(shixian, from, to), to, from), shixian)).to.be.below(0.01);
    }
    expect(convert(shixian, 'CGCS2000', 'WGS-84')).to.deep.equal([...shixian]);
    expect(convert(shixian, 'CGCS2000', 'GCJ-02')).to.deep.equal(convert(shixian, 'WGS-84', 'GCJ-02'));
  });
});

function point(id: string, extra: Partial<DisclosurePoint> = {}): DisclosurePoint {
  return { id, name: id, type: 'convenience_center', kind: 'physical', level: 'township', agencyId: 'ag', services: [], facilities: [], ...extra } as DisclosurePoint;
}

describe('disclosure map: points, clusters and tiles', () => {
  const a = point('a', { type: 'disclosure_zone', level: 'county', location: { lat: 35.3034, lng: 113.9078, crs: 'GCJ-02' } });
  const b = point('b', { township: '关堤乡', location: { lat: 35.2421, lng: 113.8472, crs: 'GCJ-02' } });
  const c = point('c', { type: 'notice_board', level: 'village', township: '关堤乡', location: { lat: 35.2389, lng: 113.8411, crs: 'BD-09' } });
  const d = point('d', { township: '东平镇', location: { lat: 35.3456, lng: 113.9712, crs: 'WGS-84' } });

  it('filters by type, level and township; empty filters keep everything', () => {
    expect(filterPoints([a, b, c, d], NO_FILTERS)).to.have.length(4);
    expect(filterPoints([a, b, c, d], { ...NO_FILTERS, types: ['convenience_center'] }).map((p) => p.id)).to.deep.equal(['b', 'd']);
    expect(filterPoints([a, b, c, d], { ...NO_FILTERS, levels: ['village'] }).map((p) => p.id)).to.deep.equal(['c']);
    expect(filterPoints([a, b, c, d], { types: ['convenience_center'], levels: [], townships: ['关堤乡'] }).map((p) => p.id)).to.deep.equal(['b']);
    expect(parseList('disclosure_zone，library、archive')).to.deep.equal(['disclosure_zone', 'library', 'archive']);
    expect(['县级', '乡镇级', '街道', '村级', 'village'].map(normalizeLevel)).to.deep.equal(['county', 'township', 'township', 'village', 'village']);
  });

  it('haversine gives the great-circle distance (北京 → 上海 ≈ 1067 km)', () => {
    expect(haversine([116.4074, 39.9042], [121.4737, 31.2304]) / 1000).to.be.within(1060, 1075);
    expect(haversine([113.9, 35.3], [113.9, 35.3])).to.equal(0);
  });

  it('sorts nearest first after converting every point to WGS-84, points without location last', () => {
    const online = point('web', { kind: 'online' });
    const ranked = sortByDistance([a, online, d, c, b], convert([113.8472, 35.2421], 'GCJ-02', 'WGS-84'));
    expect(ranked.map((r) => r.point.id)).to.deep.equal(['b', 'c', 'a', 'd', 'web']);
    expect(ranked[0]!.distance).to.be.below(1);
    expect(ranked[4]!.distance).to.equal(undefined);
  });

  it('a township’s reference point is its 便民服务中心', () => {
    expect(townshipOrigin([a, b, c, d], '关堤乡')).to.deep.equal(convert([113.8472, 35.2421], 'GCJ-02', 'WGS-84'));
    expect(townshipOrigin([a, b, c, d], '无此乡')).to.equal(undefined);
  });

  it('formats distances, phone links and opening-hours lines the way people read them', () => {
    expect(formatDistance(347, 'zh-CN')).to.equal('约 350 米');
    expect(formatDistance(1234, 'zh-CN')).to.equal('约 1.2 公里');
    expect(formatDistance(23_456, 'en')).to.equal('about 23 km');
    expect(telHref('0373-5551001')).to.equal('tel:03735551001');
    expect(telHref('12345')).to.equal('tel:12345');
    expect(telHref('0373-5551001，0373-5551002')).to.equal('tel:03735551001');
    expect(telHref('见公告')).to.equal(undefined);
    expect(hoursLines('周一至周五 8:30-12:00；周六上午 9:00-12:00')).to.deep.equal(['周一至周五 8:30-12:00', '周六上午 9:00-12:00']);
  });

  it('clusters markers closer than the radius, keeps far ones apart, and is deterministic', () => {
    const clusters = clusterPoints([{ id: '1', x: 0, y: 0 }, { id: '2', x: 10, y: 5 }, { id: '3', x: 200, y: 0 }, { id: '4', x: 30, y: -20 }], 40);
    expect(clusters.map((c) => c.ids)).to.deep.equal([['1', '2', '4'], ['3']]);
    expect(clusters[0]!.x).to.be.closeTo(40 / 3, 1e-9);
    expect(clusterPoints([{ id: '1', x: 0, y: 0 }, { id: '2', x: 0, y: 0 }], 0).map((c) => c.ids)).to.deep.equal([['1'], ['2']]);
  });

  it('uses 天地图 vec_w + cva_w (t0–t7, tk) with its 审图号 when a key is given', () => {
    const { baseMap } = resolveBaseMap({ tk: 'abc 123' });
    expect(baseMap!.source).to.equal('tianditu');
    expect(baseMap!.crs).to.equal('WGS-84');
    expect(baseMap!.layers.map((l) => l.subdomains)).to.deep.equal(['01234567', '01234567']);
    expect(baseMap!.layers[0]!.url).to.equal('https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=abc%20123');
    expect(baseMap!.layers[1]!.url).to.contain('/cva_w/wmts?').and.contain('LAYER=cva');
    expect(resolveBaseMap({ tk: 'k', english: true }).baseMap!.layers[1]!.url).to.contain('LAYER=eva');
    expect(baseMap!.reviewNumber).to.equal(TIANDITU_REVIEW_NUMBER);
    expect(resolveBaseMap({ tk: 'k', reviewNumber: 'GS(2025)1234号' }).baseMap!.reviewNumber).to.equal('GS(2025)1234号');
  });

  it('custom tiles win, accept WMTS placeholders and a CRS; BD-09 tiles fall back; nothing configured means list only', () => {
    const gaode = resolveBaseMap({ tiles: 'https://t{s}.example.cn/{z}/{x}/{y}.png', tilesCrs: 'gcj02', subdomains: '1234', attribution: '示例地图' }).baseMap!;
    expect(gaode).to.include({ source: 'custom', crs: 'GCJ-02', attribution: '示例地图' });
    expect(gaode.layers[0]).to.deep.equal({ url: 'https://t{s}.example.cn/{z}/{x}/{y}.png', subdomains: '1234' });
    expect(normalizeTemplate('/wmts/{TileMatrix}/{TileRow}/{TileCol}.png')).to.equal('/wmts/{z}/{y}/{x}.png');
    expect(['CGCS2000', 'EPSG:4490', 'wgs84', 'BD-09', 'x'].map(parseCrs)).to.deep.equal(['CGCS2000', 'CGCS2000', 'WGS-84', 'BD-09', undefined]);
    expect(resolveBaseMap({ tiles: '/t/{z}/{x}/{y}.png', tilesCrs: 'BD-09' }).problem).to.equal('unsupported-crs');
    expect(resolveBaseMap({ tiles: '/t/{z}/{x}/{y}.png', tilesCrs: 'BD-09', tk: 'k' }).baseMap!.source).to.equal('tianditu');
    expect(resolveBaseMap({}).problem).to.equal('no-source');
    expect(resolveBaseMap({ tk: '  ' }).problem).to.equal('no-source');
  });
});
