import { expect } from '@open-wc/testing';
import { qrSvgPath } from '../../src/core/qr.js';
import { decode } from '../helpers/qr.js';

describe('QR code as an SVG path', () => {
  const itemUrl = 'https://www.shixian.example.gov.cn/zwgk/jczwgk/#zwgk-item=it-079';

  it('encodes the item page URL: the rendered path decodes back to it', async () => {
    const qr = qrSvgPath(itemUrl)!;
    expect(await decode(qr)).to.equal(itemUrl);
  });

  it('round-trips long URLs, query strings and percent-encoded Chinese', async () => {
    const urls = [
      `${itemUrl}&from=gsl&village=${encodeURIComponent('刘庄村')}`,
      `https://zwfw.example.gov.cn/item?code=${'41070000000000000000000'.repeat(4)}&name=${encodeURIComponent('最低生活保障申请')}`,
      'HTTPS://EXAMPLE.GOV.CN/ZWGK/1',
    ];
    for (const url of urls) expect(await decode(qrSvgPath(url)!), url).to.equal(url);
  });

  it('is a path and a viewBox only, with the standard quiet zone: nothing a strict CSP or print could break', () => {
    const qr = qrSvgPath(itemUrl)!;
    expect(qr.d).to.match(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    expect(qr.size % 4).to.equal(1); // 21, 25, 29 …: a real QR symbol size
    expect(qr.viewBox).to.equal(`-4 -4 ${qr.size + 8} ${qr.size + 8}`);
    expect(qrSvgPath(itemUrl, { quietZone: 2 })!.viewBox).to.equal(`-2 -2 ${qr.size + 4} ${qr.size + 4}`);
  });

  it('uses at least the correction level asked for: Q by default, larger than L for the same text', () => {
    expect(qrSvgPath(itemUrl)!.size).to.be.greaterThan(qrSvgPath(itemUrl, { correction: 'L' })!.size);
  });

  it('refuses empty and over-long text instead of throwing', () => {
    expect(qrSvgPath('')).to.equal(undefined);
    expect(qrSvgPath('x'.repeat(2001))).to.equal(undefined);
    expect(qrSvgPath('x'.repeat(1900), { correction: 'H' })).to.equal(undefined); // over H's capacity
  });
});
