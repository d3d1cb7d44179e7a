import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/catalogue/define.js';
import '../../src/components/policy-card/define.js';
import type { ZwgkCatalogue } from '../../src/components/catalogue/catalogue.js';
import type { ZwgkPolicyCard } from '../../src/components/policy-card/policy-card.js';
import { forgetCatalogue, resolveCatalogueUrl } from '../../src/catalogue/loader.js';
import {
  type CopyStore, type SavedCopy, copyStore, fallbackStore, indexedDbStore, localStorageStore, readCopy, setCopyStore,
} from '../../src/catalogue/saved-copy.js';
import { isOlderCopy, mayUseSavedCopy } from '../../src/catalogue/copy-rules.js';
import { error } from '../../src/catalogue/problems.js';
import { minimalCatalogue } from '../fixtures/minimal.js';
import { until } from '../helpers/probe-consumer.js';
import { copyOf, memoryStore } from '../helpers/copy-store.js';

/** A catalogue with one policy (so the policy card has something to list), dated `updatedAt`. */
function catalogueDated(updatedAt: string, title = '示例县基层政务公开事项标准目录'): Record<string, any> {
  return {
    ...minimalCatalogue(),
    title,
    updatedAt,
    policies: [{ id: 'po-1', title: `低保实施细则（${updatedAt.slice(0, 10)} 版）`, issuerId: 'ag-xzfb', drafterId: 'ag-jtj', issuedAt: '2024-02-28', publishedAt: '2024-03-01', attribute: '主动公开', status: 'effective' }],
  };
}

let keys = 0;
/** A fresh URL the test server answers as the test programs it. */
function programmedUrl(): string {
  return `/__test/programmed?key=saved-copy-${Date.now()}-${keys++}`;
}

async function program(url: string, status: number, body = '', ms = 0): Promise<void> {
  const key = new URL(url, location.href).searchParams.get('key')!;
  await fetch(`/__test/program?key=${encodeURIComponent(key)}&status=${status}&ms=${ms}`, { method: 'POST', body });
}

const notice = (el: Element) => el.querySelector<HTMLElement>('[part~="offline"]');
const noticeText = (el: Element) => notice(el)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const policyTitles = (el: Element) => [...el.querySelectorAll('.zwgk-card .zwgk-title')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());

async function mountCard(src: string, extra: Record<string, string> = {}): Promise<ZwgkPolicyCard> {
  const holder = await fixture(html`<div></div>`);
  for (const [name, value] of Object.entries(extra)) holder.setAttribute(name, value);
  const el = document.createElement('zwgk-policy-card');
  el.setAttribute('src', src);
  el.timeout = 400;
  holder.append(el);
  return el;
}

/** A policy card whose `src` answers `status` with `body`, the store holding `saved` as copies for that URL. */
async function cardOverFailure(status: number, body: string, saved: Record<string, any>[], extra: Record<string, string> = {}) {
  const src = programmedUrl();
  await program(src, status, body);
  setCopyStore(memoryStore(saved.map((catalogue) => copyOf(src, catalogue))));
  return { src, el: await mountCard(src, extra) };
}

describe('the last good copy of a catalogue', () => {
  afterEach(() => {
    setCopyStore(undefined);
    forgetCatalogue();
  });

  describe('rules', () => {
    it('answers failures of the connection, the server and the file with the copy, but not a wrong or refused address', () => {
      const network = (code: string) => [error('network', '', code, '', '')];
      for (const code of ['network-error', 'offline', 'timeout', 'http-500', 'http-502', 'http-503', 'http-408', 'http-429']) {
        expect(mayUseSavedCopy(network(code)), code).to.equal(true);
      }
      for (const code of ['http-404', 'http-403', 'http-410']) expect(mayUseSavedCopy(network(code)), code).to.equal(false);
      expect(mayUseSavedCopy([error('parse', '', 'invalid-json', '', '')])).to.equal(true);
      expect(mayUseSavedCopy([error('schema', 'items[0].name', 'required', '', '')])).to.equal(true);
      expect(mayUseSavedCopy([error('reference', 'items[0].domainId', 'unknown-id', '', '')])).to.equal(true);
      expect(mayUseSavedCopy([error('version', '', 'unsupported-major', '', '')])).to.equal(true);
      expect(mayUseSavedCopy([])).to.equal(false);
    });

    it('orders copies by the catalogue’s own updatedAt, dates and date-times alike, in Beijing time', () => {
      expect(isOlderCopy({ updatedAt: '2026-11-01' }, { updatedAt: '2026-11-20' })).to.equal(true);
      expect(isOlderCopy({ updatedAt: '2026-11-20' }, { updatedAt: '2026-11-01' })).to.equal(false);
      expect(isOlderCopy({ updatedAt: '2026-11-20T09:00:00+08:00' }, { updatedAt: '2026-11-20T01:30:00Z' })).to.equal(true);
      expect(isOlderCopy({ updatedAt: '2026-11-20' }, { updatedAt: '2026-11-20' })).to.equal(false);
    });
  });

  describe('stores', () => {
    it('IndexedDB keeps a copy and never replaces it with an older one', async () => {
      const store = indexedDbStore(`zwgk-test-${Date.now()}`)!;
      const url = 'https://example.gov.cn/zwgk/catalogue.json';
      expect(await store.write(copyOf(url, catalogueDated('2026-11-20')))).to.equal(true);
      expect(await store.write(copyOf(url, catalogueDated('2026-10-01')))).to.equal(false);
      expect((await store.read(resolveCatalogueUrl(url)))!.updatedAt).to.equal('2026-11-20');
      expect(await store.write(copyOf(url, catalogueDated('2026-12-01')))).to.equal(true);
      expect((await store.read(resolveCatalogueUrl(url)))!.updatedAt).to.equal('2026-12-01');
      await store.remove(resolveCatalogueUrl(url));
      expect(await store.read(resolveCatalogueUrl(url))).to.equal(undefined);
    });

    it('localStorage takes only small copies and keeps the newer one', async () => {
      const store = localStorageStore(5000)!;
      const url = `https://example.gov.cn/zwgk/small-${Date.now()}.json`;
      try {
        expect(await store.write(copyOf(url, catalogueDated('2026-11-20')))).to.equal(true);
        expect(await store.write(copyOf(url, catalogueDated('2026-11-01')))).to.equal(false);
        const large = { ...catalogueDated('2026-12-01'), title: '示'.repeat(6000) };
        expect(await store.write(copyOf(url, large))).to.equal(false);
        expect((await store.read(url))!.updatedAt).to.equal('2026-11-20');
      } finally {
        await store.remove(url);
      }
    });

    it('falls back to the next store when the first cannot be used (an IndexedDB that will not open)', async () => {
      const broken: CopyStore = {
        read: () => Promise.reject(new Error('InvalidStateError')),
        write: () => Promise.reject(new Error('InvalidStateError')),
        remove: () => Promise.reject(new Error('InvalidStateError')),
      };
      const second = memoryStore();
      const store = fallbackStore([undefined, broken, second]);
      const copy = copyOf('/x.json', catalogueDated('2026-11-20'));
      expect(await store.write(copy)).to.equal(true);
      expect(await store.read(copy.url)).to.deep.equal(copy);
      expect(await fallbackStore([broken]).read(copy.url)).to.equal(undefined);
    });

    it('a catalogue loaded from a URL is saved in this browser (IndexedDB by default)', async () => {
      const src = programmedUrl();
      const fresh = catalogueDated('2026-11-20');
      await program(src, 200, JSON.stringify(fresh));
      const el = await mountCard(src);
      await oneEvent(el, 'zwgk-catalogue-load');
      let saved: SavedCopy | undefined;
      for (let i = 0; i < 50 && !saved; i++) {
        saved = await readCopy(resolveCatalogueUrl(src));
        if (!saved) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(saved?.updatedAt).to.equal('2026-11-20');
      expect(JSON.parse(saved!.text).title).to.equal(fresh.title);
      expect(Date.now() - Date.parse(saved!.savedAt)).to.be.below(60_000);
      await copyStore().remove(resolveCatalogueUrl(src));
    });
  });

  describe('each failure kind shows the copy, marked 离线数据 with its date and a retry', () => {
    const kinds: [string, (src: string) => Promise<string>][] = [
      ['a network error', async () => 'http://127.0.0.1:9/zwgk/catalogue.json'],
      ['HTTP 500', async (src) => (await program(src, 500, 'Internal Server Error'), src)],
      ['HTTP 503', async (src) => (await program(src, 503, 'Service Unavailable'), src)],
      ['a timeout', async (src) => (await program(src, 200, JSON.stringify(catalogueDated('2026-12-01')), 2000), src)],
      ['a file that is not JSON', async (src) => (await program(src, 200, '<html>502 Bad Gateway</html>'), src)],
      ['a file that is JSON but not a valid catalogue', async (src) => (await program(src, 200, JSON.stringify({ ...catalogueDated('2026-12-01'), items: 'none' })), src)],
    ];
    for (const [kind, arrange] of kinds) {
      it(kind, async () => {
        const src = await arrange(programmedUrl());
        setCopyStore(memoryStore([copyOf(src, catalogueDated('2026-11-20'), '2026-12-05T06:30:00.000Z')]));
        const el = await mountCard(src);
        const failed = oneEvent(el, 'zwgk-error');
        const loaded = oneEvent(el, 'zwgk-catalogue-load');
        expect((await failed).detail.errors.length).to.be.above(0);
        expect((await loaded).detail.offline).to.deep.equal({ savedAt: '2026-12-05T06:30:00.000Z' });
        await el.updateComplete;
        expect(policyTitles(el)).to.deep.equal(['低保实施细则（2026-11-20 版）有效']);
        expect(noticeText(el)).to.contain('离线数据');
        expect(noticeText(el)).to.contain('本机于 2026年12月05日 14:30 保存的副本');
        expect(noticeText(el)).to.contain('目录更新日期：2026年11月20日');
        expect(notice(el)!.querySelector('button')!.textContent).to.equal('重试');
        expect(notice(el)!.getAttribute('role')).to.equal('status');
        expect(el.querySelector('[part~="error"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('a saved copy older than the static copy zwgk render put in the page is not shown; a newer one is', async () => {
      for (const [savedOn, shown] of [['2026-11-20', false], ['2026-12-05', true]] as const) {
        const src = programmedUrl();
        await program(src, 503, 'Service Unavailable');
        setCopyStore(memoryStore([copyOf(src, catalogueDated(savedOn))]));
        const holder = await fixture(html`<div></div>`);
        holder.innerHTML = `<zwgk-policy-card src="${src}" data-zwgk-rendered="2026-12-01"><div class="zwgk-body"><p class="rendered">本页生成时的政策列表</p></div></zwgk-policy-card>`;
        const el = holder.firstElementChild as ZwgkPolicyCard;
        await oneEvent(el, 'zwgk-error');
        if (shown) {
          await until(() => !!notice(el));
          expect(policyTitles(el)).to.deep.equal([`低保实施细则（${savedOn} 版）有效`]);
        } else {
          await until(() => !!el.querySelector('[part~="error"]'));
          expect(notice(el), savedOn).to.equal(null);
          expect(el.querySelector('p.rendered')?.textContent, 'the page’s own copy stays').to.equal('本页生成时的政策列表');
        }
      }
    });

    it('a 404 shows the error, not the copy: the address is wrong and the editors must see it', async () => {
      const { el } = await cardOverFailure(404, 'Not Found', [catalogueDated('2026-11-20')]);
      await oneEvent(el, 'zwgk-error');
      await el.updateComplete;
      expect(notice(el)).to.equal(null);
      expect(el.querySelector('[part~="error"]')!.textContent).to.contain('HTTP 404');
    });

    it('without a saved copy the error is shown as before', async () => {
      const { el } = await cardOverFailure(503, 'Service Unavailable', []);
      await oneEvent(el, 'zwgk-error');
      await until(() => !!el.querySelector('[part~="error"]'));
      expect(el.querySelector('[part~="error"]')!.textContent).to.contain('HTTP 503');
      expect(notice(el)).to.equal(null);
    });

    it('a saved copy that is no longer valid is not shown', async () => {
      const { el } = await cardOverFailure(500, 'error', [{ ...catalogueDated('2026-11-20'), items: [{ id: 'broken' }] }]);
      await oneEvent(el, 'zwgk-error');
      await until(() => !!el.querySelector('[part~="error"]'));
      expect(notice(el)).to.equal(null);
      expect(policyTitles(el)).to.deep.equal([]);
    });

    it('speaks English on an English page', async () => {
      const { el } = await cardOverFailure(502, 'Bad Gateway', [catalogueDated('2026-11-20')], { lang: 'en' });
      await oneEvent(el, 'zwgk-catalogue-load');
      await el.updateComplete;
      expect(noticeText(el)).to.contain('Offline copy');
      expect(noticeText(el)).to.contain('saved on this device on 5 December 2026, 14:30 (Beijing time)');
      expect(noticeText(el)).to.contain('catalogue updated 20 November 2026');
      expect(notice(el)!.querySelector('button')!.textContent).to.equal('Try again');
    });
  });

  describe('a fresh load replaces the copy; the copy never replaces a newer one', () => {
    it('retry keeps the copy on screen while it loads, then shows the fresh catalogue without the notice', async () => {
      const { el, src } = await cardOverFailure(503, 'down', [catalogueDated('2026-11-20')]);
      await oneEvent(el, 'zwgk-catalogue-load');
      await el.updateComplete;
      await program(src, 200, JSON.stringify(catalogueDated('2026-12-01')), 300);
      const fresh = oneEvent(el, 'zwgk-catalogue-load');
      notice(el)!.querySelector('button')!.click();
      await el.updateComplete;
      // While the new attempt runs, the reader keeps reading the copy.
      expect(policyTitles(el)).to.deep.equal(['低保实施细则（2026-11-20 版）有效']);
      expect(notice(el)!.querySelector('button')!.textContent).to.equal('正在重新加载…');
      expect(notice(el)!.querySelector('button')!.getAttribute('aria-disabled')).to.equal('true');
      expect((await fresh).detail.offline).to.equal(undefined);
      await el.updateComplete;
      expect(policyTitles(el)).to.deep.equal(['低保实施细则（2026-12-01 版）有效']);
      expect(notice(el)).to.equal(null);
    });

    it('a retry that fails again keeps the copy and says so', async () => {
      const { el } = await cardOverFailure(500, 'down', [catalogueDated('2026-11-20')]);
      await oneEvent(el, 'zwgk-catalogue-load');
      await el.updateComplete;
      notice(el)!.querySelector('button')!.click();
      await until(() => noticeText(el).includes('重新加载仍未成功'));
      expect(noticeText(el)).to.contain('重新加载仍未成功，请稍后再试。');
      expect(notice(el)!.querySelector('button')!.getAttribute('aria-disabled')).to.equal('false');
      expect(policyTitles(el)).to.deep.equal(['低保实施细则（2026-11-20 版）有效']);
    });

    it('when the URL fails after this element showed a newer catalogue, that one stays, not the older saved copy', async () => {
      const src = programmedUrl();
      await program(src, 200, JSON.stringify(catalogueDated('2026-12-01')));
      // A store holding an older copy that refuses writes (a full quota): only memory knows the newer one.
      setCopyStore(memoryStore([copyOf(src, catalogueDated('2026-11-01'))], { acceptWrites: false }));
      const el = await mountCard(src);
      await oneEvent(el, 'zwgk-catalogue-load');
      await el.updateComplete;
      expect(policyTitles(el)).to.deep.equal(['低保实施细则（2026-12-01 版）有效']);
      await program(src, 503, 'down');
      forgetCatalogue(src);
      const parent = el.parentElement!;
      el.remove();
      const again = oneEvent(el, 'zwgk-error');
      parent.append(el);
      await again;
      await until(() => !!notice(el));
      expect(policyTitles(el)).to.deep.equal(['低保实施细则（2026-12-01 版）有效']);
      expect(noticeText(el)).to.contain('目录更新日期：2026年12月01日');
    });

    it('a newer saved copy is shown over an older one the element had', async () => {
      const src = programmedUrl();
      await program(src, 200, JSON.stringify(catalogueDated('2026-11-01')));
      const store = memoryStore([], { acceptWrites: false });
      setCopyStore(store);
      const el = await mountCard(src);
      await oneEvent(el, 'zwgk-catalogue-load');
      // Another tab saved a newer catalogue meanwhile.
      store.copies.set(resolveCatalogueUrl(src), copyOf(src, catalogueDated('2026-12-01')));
      await program(src, 500, 'down');
      forgetCatalogue(src);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await until(() => !!notice(el));
      expect(policyTitles(el)).to.deep.equal(['低保实施细则（2026-12-01 版）有效']);
    });
  });

  describe('with a provider', () => {
    it('the provider shows the notice once; the elements inside it show the copy', async () => {
      const src = programmedUrl();
      await program(src, 503, 'down');
      setCopyStore(memoryStore([copyOf(src, catalogueDated('2026-11-20'))]));
      const provider = await fixture<ZwgkCatalogue>(html`<zwgk-catalogue src=${src}><zwgk-policy-card></zwgk-policy-card></zwgk-catalogue>`);
      await oneEvent(provider, 'zwgk-catalogue-load');
      const card = provider.querySelector('zwgk-policy-card')!;
      await until(() => policyTitles(card).length === 1);
      await provider.updateComplete;
      expect(provider.querySelectorAll('[part~="offline"]').length).to.equal(1);
      expect(notice(provider.querySelector(':scope > .zwgk-body')!)).to.exist;
      expect(policyTitles(card)).to.deep.equal(['低保实施细则（2026-11-20 版）有效']);
      await expect(provider).to.be.accessible();
    });
  });
});
