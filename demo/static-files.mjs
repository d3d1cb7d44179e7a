// Sends built files as a static web server configured like the integrator guide's nginx and
// Apache snippets (docs/integrator-guide.md §9.1): the `.br` copy when the browser accepts Brotli
// and the copy exists, else the `.gz` copy likewise, else the file itself; always the original
// file's content type, `Content-Encoding` naming the copy sent, and `Vary: Accept-Encoding`.
// Used by demo/server.mjs for /offline/ and /built/, and so by the whole-page bench.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.mp4': 'video/mp4',
  '.mp3': 'audio/mpeg',
  '.vtt': 'text/vtt; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};

/** The encodings the request accepts, from its Accept-Encoding header (`q=0` refuses one). */
export function acceptedEncodings(header = '') {
  const accepted = new Set();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

/**
 * Which file to send for `file` and with what encoding: `{ path, encoding }`, the encoding
 * undefined for the file itself. Brotli before gzip, as the guide's configurations do.
 */
export function chooseCopy(file, acceptEncoding) {
  const accepted = acceptedEncodings(acceptEncoding);
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if ((accepted.has(encoding) || (encoding === 'gzip' && accepted.has('*'))) && existsSync(file + suffix)) return { path: file + suffix, encoding };
  }
  return { path: file, encoding: undefined };
}

/**
 * Answers `request` with `file` (an absolute path the caller has checked lies in the served
 * folder), or 404. `cacheControl` for the response, e.g. `no-cache` for pages.
 */
export function sendStatic(request, response, file, { cacheControl = 'no-cache' } = {}) {
  if (!existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  const { path, encoding } = chooseCopy(file, request.headers['accept-encoding']);
  const headers = {
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': statSync(path).size,
    'Cache-Control': cacheControl,
    Vary: 'Accept-Encoding',
  };
  if (encoding) headers['Content-Encoding'] = encoding;
  response.writeHead(200, headers);
  if (request.method === 'HEAD') response.end();
  else createReadStream(path).pipe(response);
}
