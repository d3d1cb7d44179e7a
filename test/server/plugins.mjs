// Test-server routes the browser suite talks to: slow, failing and counted responses for the
// loader's network tests. Real HTTP on the test server, not mocked fetches.
const counts = new Map();

export function testServerPlugins() {
  return [
    {
      name: 'zwgk-test-routes',
      async serve(context) {
        const url = new URL(context.request.url, 'http://localhost');
        if (!url.pathname.startsWith('/__test/')) return undefined;
        const route = url.pathname.slice('/__test/'.length);
        if (route === 'count') {
          const key = url.searchParams.get('key') ?? '';
          return { body: JSON.stringify({ count: counts.get(key) ?? 0 }), type: 'application/json' };
        }
        if (route === 'status') {
          context.status = Number(url.searchParams.get('code') ?? 500);
          return { body: 'error', type: 'text/plain' };
        }
        if (route === 'slow') {
          await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 3000)));
          return { body: '{}', type: 'application/json' };
        }
        if (route === 'catalogue') {
          // Serves a demo catalogue and counts requests per key, to prove one fetch per URL.
          const key = url.searchParams.get('key') ?? '';
          counts.set(key, (counts.get(key) ?? 0) + 1);
          const { readFile } = await import('node:fs/promises');
          const file = url.searchParams.get('file') ?? 'shixian.json';
          return { body: await readFile(new URL(`../../demo/data/${file}`, import.meta.url), 'utf8'), type: 'application/json' };
        }
        return undefined;
      },
    },
  ];
}
