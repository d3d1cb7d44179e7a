import { expect } from '@open-wc/testing';
import { qrSvgPath, type QrPath } from '../../src/core/qr.js';

type JsQR = (data: Uint8ClampedArray, width: number, height: number) => { data: string; version: number } | null;

/** jsQR (a dev dependency) is a UMD bundle: loaded as a classic script it defines window.jsQR. */
async function loadDecoder(): Promise<JsQR> {
  const global = window as unknown as { jsQR?: JsQR };
  if (!global.jsQR) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/jsqr/dist/jsQR.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('jsQR did not load'));
      document.head.append(script);
    });
  }
  return global.jsQR!;
}

/** Draws the SVG as the browser renders it (an <img> of the SVG markup), then reads the pixels back. */
async function rasterise(qr: QrPath, pixelsPerModule = 4): Promise<ImageData> {
  const [, , side] = qr.viewBox.split(' ').map(Number) as [number, number, number, number];
  const px = side * pixelsPerModule;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${qr.viewBox}" width="${px}" height="${px}" shape-rendering="crispEdges"><rect x="-100" y="-100" width="1000" height="1000" fill="#fff"/><path d="${qr.d}" fill="#000"/></svg>`;
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = px;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  URL.revokeObjectURL(image.src);
  return context.getImageData(0, 0, px, px);
}

async function decode(qr: QrPath): Promise<string | undefined> {
  const jsQR = await loadDecoder();
  const pixels = await rasterise(qr);
  return jsQR(pixels.data, pixels.width, pixels.height)?.data;
}

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
