// A province at 100,000 items through chunks (format 1.1, `zwgk split`), served over HTTP to a
// `<zwgk-catalogue src>` with a tree inside, against the same catalogue as one whole file:
// - index file in → first rows painted (target ≤ 200 ms), and src → rows for both;
// - the search index in (idle time after the first paint), then searching across chunks not
//   loaded: every keystroke from its input event to painted rows, p50/p95/max (target ≤ 50 ms);
// - opening a domain or county: click → rows painted, → its chunk fetched, validated, painted;
// - the JS heap through CDP after forced GC: index + search index, then with one chunk open,
//   against the whole catalogue parsed and shown.
// Split by domain (26 files) and by county (100 files). Every sample kept.
import { heapMB, importTs, ms, spread, verdict } from './driver.mjs';

const PAGE = 'bench/pages/province.page.ts';
const ready = () => typeof window.bench === 'object';
const COUNT = Number(process.env.ZWGK_BENCH_PROVINCE_ITEMS ?? 100_000);
const QUERIES = Number(process.env.ZWGK_BENCH_QUERIES ?? 40);
const mb = (value) => `${value.toFixed(1)} MB`;
const step = (what) => process.env.ZWGK_BENCH_VERBOSE && console.error(`province: ${what}`);
const kB = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

async function keystroke(page, send) {
  await page.evaluate(() => window.bench.arm());
  await send();
  return page.evaluate(() => window.bench.keystroke());
}

export async function run(context) {
  const { province, provinceFiles } = await importTs('bench/province.ts');
  const whole = province(COUNT);
  const rows = [];

  // The whole file, for comparison.
  const wholeText = JSON.stringify(whole);
  const wholeUrl = context.serve('whole.json', wholeText);
  const wholePage = await context.open(PAGE, ready);
  step('whole mount');
  const wholeMount = await wholePage.evaluate((src) => window.bench.mount(src), wholeUrl);
  const wholeHeap = await heapMB(wholePage);
  await wholePage.close();
  context.unserve();
  rows.push({
    bench: 'province', case: `whole file, items=${COUNT}`,
    figures: {
      'file': kB(Buffer.byteLength(wholeText)),
      'src → file in': ms(wholeMount.responseEnd), 'file in → rows painted': ms(wholeMount.painted - wholeMount.responseEnd), 'src → rows painted': ms(wholeMount.painted),
      'heap (catalogue and tree)': mb(wholeHeap),
    },
    note: 'one file: parse and validate everything before the first row',
  });

  for (const by of ['domain', 'jurisdiction']) {
    const files = provinceFiles(whole, by);
    let chunkBytes = 0;
    for (const [path, text] of files) {
      context.serve(`${by}/${path}`, text);
      if (path.startsWith('items/')) chunkBytes += Buffer.byteLength(text);
    }
    const index = JSON.parse(files.get('index.json'));
    const indexUrl = `${context.origin}/data/${by}/index.json`;
    const searchUrl = `${context.origin}/data/${by}/${index.searchIndex.url}`;
    const page = await context.open(PAGE, ready);
    step(`${by} mount`);
    const mount = await page.evaluate((src) => window.bench.mount(src), indexUrl);
    step(`${by} search index`);
    const search = await page.evaluate((url) => window.bench.searchIndexReady(url), searchUrl);
    const chunksAtRest = await page.evaluate(() => window.bench.chunkRequests());
    const heapIndex = await heapMB(page);

    // Searching across chunks not loaded (rows in view load theirs once the reader pauses 400 ms; the keystroke does not wait for them).
    await page.evaluate(() => window.bench.focusSearch());
    const queries = await page.evaluate((n) => window.bench.queries(n), QUERIES);
    step(`${by} keystrokes`);
    const first = await keystroke(page, () => page.keyboard.sendCharacter(queries[0][0]));
    await page.keyboard.press('Backspace');
    const later = [];
    for (const query of queries) {
      for (const char of query) later.push((await keystroke(page, () => page.keyboard.sendCharacter(char))).painted);
      await page.evaluate(() => window.bench.focusSearch());
      await page.keyboard.press('Backspace');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const chunksAfterSearch = await page.evaluate(() => window.bench.chunkRequests());
    await page.close();

    // Opening: a fresh page, the index in, then one domain (or county) opened.
    const openPage = await context.open(PAGE, ready);
    await openPage.evaluate((src) => window.bench.mount(src), indexUrl);
    await openPage.evaluate((url) => window.bench.searchIndexReady(url), searchUrl);
    step(`${by} open`);
    const opened = await openPage.evaluate(() => window.bench.open(0));
    const heapOpen = await heapMB(openPage);
    const chunksOpen = await openPage.evaluate(() => window.bench.chunkRequests());
    await openPage.close();
    context.unserve();

    const fromIndex = mount.painted - mount.responseEnd;
    rows.push(
      {
        bench: 'province', case: `by ${by}, items=${COUNT}`,
        figures: {
          'files': `index ${kB(Buffer.byteLength(files.get('index.json')))}, search index ${kB(Buffer.byteLength(files.get(index.searchIndex.url)))}, ${files.size - 2} chunks ${kB(chunkBytes)}`,
          'index in → first rows painted': ms(fromIndex), 'src → rows painted': ms(mount.painted),
          'search index in (from src)': ms(search.responseEnd), 'search index usable': ms(search.ready),
        },
        note: verdict(fromIndex, 200, 'index in → rows'),
      },
      {
        bench: 'province', case: `by ${by}, items=${COUNT}`,
        figures: {
          'first keystroke, input → painted rows': `${ms(first.painted)} (${first.shown} matches)`,
          'later keystrokes, input → painted rows': spread(later),
          'chunk files requested': `${chunksAtRest} at rest, ${chunksAfterSearch} after ${QUERIES} searches (rows in view load theirs after a 400 ms pause in typing; the bench types on after 50 ms)`,
        },
        note: `${verdict(first.painted, 50, 'first keystroke across unloaded chunks')}; ${verdict(Math.max(...later), 50, 'slowest keystroke')}`,
      },
      {
        bench: 'province', case: `by ${by}, items=${COUNT}`,
        figures: {
          [`open ${opened.label.trim()}: click → rows painted`]: ms(opened.domainRows), 'open its first 事项: click → item rows painted': ms(opened.itemRows), 'click → their chunk loaded, validated, painted': ms(opened.chunkPainted),
          'heap: index + search index': mb(heapIndex), [`heap with ${chunksOpen} chunk file(s) loaded`]: mb(heapOpen), 'heap, whole file instead': mb(wholeHeap),
        },
        note: 'CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage',
      },
    );
  }
  return rows;
}
