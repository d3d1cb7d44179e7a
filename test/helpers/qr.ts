/** Reads a QR code back the way a phone would see it: the SVG drawn by the browser, decoded by jsQR. */
import type { QrPath } from '../../src/core/qr.js';

type JsQR = (data: Uint8ClampedArray, width: number, height: number) => { data: string; version: number } | null;

/** jsQR (a dev dependency) is a UMD bundle: loaded as a classic script it defines window.jsQR. */
export async function loadDecoder(): Promise<JsQR> {
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
export async function rasterise(qr: QrPath, pixelsPerModule = 4): Promise<ImageData> {
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

export async function decode(qr: QrPath): Promise<string | undefined> {
  const jsQR = await loadDecoder();
  const pixels = await rasterise(qr);
  return jsQR(pixels.data, pixels.width, pixels.height)?.data;
}

