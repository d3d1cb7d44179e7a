// Precompressed copies for servers that can send them as they are (nginx gzip_static and
// brotli_static, Apache with mod_rewrite; snippets in docs/integrator-guide.md): `x.js.gz` and
// `x.js.br` beside `x.js`, made with Node's zlib at the highest levels, once, at build time.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Text files a browser downloads; source maps and archives are left alone. */
const COMPRESSIBLE = /\.(js|mjs|json|css|html|svg|txt)$/;

/** The gzip and brotli encodings of `body`, at their highest levels. */
export function compressed(body) {
  return {
    gz: gzipSync(body, { level: 9 }),
    br: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
    }),
  };
}

/**
 * Writes `.gz` and `.br` beside every compressible file under `dir`, except in the folders
 * named in `skip` (the ESM for bundlers, the CLI: nobody serves those to browsers). Returns how many files.
 */
export function precompress(dir, skip = []) {
  let count = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!skip.includes(name)) count += precompress(path);
    } else if (COMPRESSIBLE.test(name)) {
      const { gz, br } = compressed(readFileSync(path));
      writeFileSync(`${path}.gz`, gz);
      writeFileSync(`${path}.br`, br);
      count++;
    }
  }
  return count;
}
