/**
 * A QR code as one SVG path, made in the browser (no external service, no canvas, no inline style):
 * `<svg viewBox=${qr.viewBox}><path d=${qr.d} /></svg>` draws it, at any print size, under a strict
 * CSP. The encoder is lean-qr (3.7 kB gzip with this wrapper), which picks the smallest mode for the
 * text, so a plain ASCII URL is encoded without an ECI header that old phone scanners misread.
 */
import { correction, generate } from 'lean-qr';

export type QrCorrection = 'L' | 'M' | 'Q' | 'H';

export interface QrPath {
  /** Path data in module units: one `M x y h n v 1 h -n z` per horizontal run of dark modules. */
  readonly d: string;
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  /** `viewBox` including the quiet zone on every side. */
  readonly viewBox: string;
}

export interface QrOptions {
  /**
   * Minimum error correction; the encoder goes higher when the symbol has room. Default `Q` (25 %):
   * a poster on a village notice board gets rained on, faded and scratched.
   */
  readonly correction?: QrCorrection;
  /** Light modules around the symbol; the standard asks for 4. */
  readonly quietZone?: number;
}

/** The largest symbol holds 2,953 bytes; a page URL is far shorter, so longer text is refused. */
export const MAX_QR_TEXT = 2_000;

/** The QR code of `text` (normally an absolute URL), or undefined for empty or over-long text. */
export function qrSvgPath(text: string, options: QrOptions = {}): QrPath | undefined {
  if (!text || text.length > MAX_QR_TEXT) return undefined;
  let code;
  try {
    code = generate(text, { minCorrectionLevel: correction[options.correction ?? 'Q'] });
  } catch {
    return undefined; // too long for the chosen correction level
  }
  const quiet = options.quietZone ?? 4;
  let d = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; ) {
      if (!code.get(x, y)) {
        x++;
        continue;
      }
      const from = x;
      while (x < code.size && code.get(x, y)) x++;
      d += `M${from} ${y}h${x - from}v1h${from - x}z`;
    }
  }
  const side = code.size + 2 * quiet;
  return { d, size: code.size, viewBox: `${-quiet} ${-quiet} ${side} ${side}` };
}
