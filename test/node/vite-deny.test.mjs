// A plain `vite` on the project's config (not demo/server.mjs, which blocks every dot-folder
// itself) must not serve the legacy journals under demo/.data/ nor the embedded database: both
// hold citizens' personal data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('the Vite dev server on the project config refuses demo/.data/ and .zwgk-data/, and still serves the demo', async () => {
  const probe = `probe-${process.pid}.jsonl`;
  const hadLegacy = existsSync(`${root}demo/.data`);
  mkdirSync(`${root}demo/.data`, { recursive: true });
  mkdirSync(`${root}demo/.zwgk-data`, { recursive: true });
  writeFileSync(`${root}demo/.data/${probe}`, '{"name":"张三","phone":"13800000000"}\n');
  writeFileSync(`${root}demo/.zwgk-data/${probe}`, 'PG');
  const server = await createServer({ configFile: `${root}vite.config.ts`, logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  try {
    await server.listen();
    const { port } = server.httpServer.address();
    const get = async (path) => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      return { status: response.status, body: await response.text() };
    };
    for (const path of [`/.data/${probe}`, `/.data/${probe}?raw`, `/@fs${root}demo/.data/${probe}`, `/.zwgk-data/${probe}`]) {
      const { status, body } = await get(path);
      assert.equal(status, 403, path);
      assert.doesNotMatch(body, /张三|13800000000/, path);
    }
    assert.equal((await get('/index.html')).status, 200);
  } finally {
    await server.close();
    rmSync(hadLegacy ? `${root}demo/.data/${probe}` : `${root}demo/.data`, { recursive: true, force: true });
    rmSync(`${root}demo/.zwgk-data`, { recursive: true, force: true });
  }
});
