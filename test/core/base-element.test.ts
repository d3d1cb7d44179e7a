import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/catalogue/define.js';
import '../../src/components/policy-card/define.js';
import { ZwgkCatalogue } from '../../src/components/catalogue/catalogue.js';
import { define } from '../../src/core/zwgk-element.js';
import { minimalCatalogue } from '../fixtures/minimal.js';
import { until } from '../helpers/probe-consumer.js';

async function infoLine(attrs = '') {
  const wrapper = await fixture(html`<div></div>`);
  wrapper.innerHTML = `<zwgk-catalogue show-info ${attrs}></zwgk-catalogue>`;
  const el = wrapper.firstElementChild as ZwgkCatalogue;
  el.catalogue = minimalCatalogue();
  await el.updateComplete;
  return { el, info: el.querySelector('[part="info"]') as HTMLElement };
}

describe('base element', () => {
  afterEach(() => document.documentElement.removeAttribute('data-zwgk-elder'));

  it('a second define of the same tag neither throws nor replaces the first, and says so once per other copy', () => {
    class SecondCopy extends ZwgkCatalogue {}
    // The console line is what the integrator sees; catch it here instead of printing it in the run.
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => define('zwgk-catalogue', SecondCopy)).not.to.throw();
      expect(define('zwgk-catalogue', SecondCopy)).to.be.false;
      expect(define('zwgk-catalogue', ZwgkCatalogue)).to.be.false;
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('zwgk-catalogue')).to.equal(ZwgkCatalogue);
    expect(warnings).to.have.length(2);
    expect(String(warnings[0]![0])).to.contain('<zwgk-catalogue> is already defined by another copy');
  });

  it('elder attribute enlarges text to at least 18px with line height at least 1.5', async () => {
    const normal = await infoLine();
    const normalSize = parseFloat(getComputedStyle(normal.info).fontSize);
    const elder = await infoLine('elder');
    const style = getComputedStyle(elder.info);
    const size = parseFloat(style.fontSize);
    expect(normalSize).to.equal(16);
    expect(size).to.be.at.least(18);
    expect(parseFloat(style.lineHeight) / size).to.be.at.least(1.5);
  });

  it('data-zwgk-elder on <html> switches every element to elder mode, and back', async () => {
    const { info } = await infoLine();
    document.documentElement.setAttribute('data-zwgk-elder', '');
    expect(await until(() => parseFloat(getComputedStyle(info).fontSize) >= 18)).to.be.true;
    document.documentElement.removeAttribute('data-zwgk-elder');
    expect(await until(() => parseFloat(getComputedStyle(info).fontSize) === 16)).to.be.true;
  });

  it('elder mode text reaches 7:1 contrast against the background', async () => {
    const { info } = await infoLine('elder');
    const rgb = getComputedStyle(info).color.match(/\d+/g)!.map(Number);
    const luminance = (c: number[]) => {
      const [r, g, b] = c.map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (1 + 0.05) / (luminance(rgb) + 0.05);
    expect(ratio).to.be.at.least(7);
  });

  it('a host page html{font-size:62.5%} and legacy body styles do not shrink or restyle the text', async () => {
    const legacy = document.createElement('style');
    legacy.textContent = 'html{font-size:62.5%} body{font-size:1.2rem;line-height:1;text-align:center;letter-spacing:2px} *{margin:0;padding:0}';
    document.head.append(legacy);
    try {
      const { info } = await infoLine();
      const style = getComputedStyle(info);
      expect(style.fontSize).to.equal('16px');
      expect(parseFloat(style.lineHeight) / 16).to.be.at.least(1.5);
      expect(style.textAlign).to.equal('start');
      expect(style.letterSpacing).to.equal('normal');
    } finally {
      legacy.remove();
    }
  });

  it('follows the closest [lang] ancestor', async () => {
    const host = await fixture(html`<section lang="en"><zwgk-catalogue show-info></zwgk-catalogue></section>`);
    const el = host.firstElementChild as ZwgkCatalogue;
    el.catalogue = minimalCatalogue();
    await el.updateComplete;
    expect(el.textContent).to.contain('Publisher');
    expect(el.textContent).to.contain('1 March 2024');
  });

  describe('light DOM', () => {
    let sample: Record<string, unknown>;
    before(async () => {
      sample = await (await fetch('/demo/data/shixian.json')).json();
    });

    it('renders into a .zwgk-body first child, with no shadow root', async () => {
      const el = await fixture(html`<zwgk-policy-card .catalogue=${sample} policy="po-dibao"></zwgk-policy-card>`);
      expect(el.shadowRoot).to.equal(null);
      expect(el.firstElementChild!.className).to.equal('zwgk-body');
      expect(el.textContent).to.contain('示例县最低生活保障审核确认实施细则');
    });

    it('keeps the page’s fallback on screen while waiting (the loading line only announced), swaps it in one update when ready, and brings it back on failure', async () => {
      const el = await fixture<HTMLElement & { catalogue?: unknown; src?: string; updateComplete: Promise<unknown> }>(
        html`<zwgk-policy-card policy="po-dibao" src="/__test/slow?ms=5000"><p><a href="/zwgk/zcwj/dibao.html">示例县最低生活保障审核确认实施细则（原文）</a></p></zwgk-policy-card>`,
      );
      const fallback = el.querySelector('a[href="/zwgk/zcwj/dibao.html"]')!;
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
      const status = el.querySelector('[part="status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.getBoundingClientRect().height, 'the loading line takes no space above the fallback').to.be.at.most(1);
      const top = fallback.getBoundingClientRect().top;
      expect(top - el.getBoundingClientRect().top, 'the fallback has not moved down').to.be.at.most(1);
      el.catalogue = sample;
      await el.updateComplete;
      expect(fallback.isConnected, 'fallback removed in the same update').to.equal(false);
      expect(el.textContent).to.contain('发文机关');
      el.catalogue = undefined;
      el.src = '/__test/status?code=404';
      await until(() => !!el.querySelector('[part="error"]'));
      expect(fallback.isConnected, 'fallback back under the error').to.equal(true);
      expect(el.querySelector('[part="error"]')!.compareDocumentPosition(fallback) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    });

    it('with no source at all (a rendered copy on a page without a catalogue), shows the page’s content and announces nothing', async () => {
      const el = await fixture(html`<zwgk-policy-card policy="po-dibao"><p>示例县最低生活保障审核确认实施细则</p></zwgk-policy-card>`);
      expect(el.querySelector('[part="status"]')).to.equal(null);
      expect((el as HTMLElement).innerText.trim()).to.equal('示例县最低生活保障审核确认实施细则');
    });

    it('derives ids from the data and the element’s place on the page: the same page gives the same ids, two elements never share one', async () => {
      const holder = await fixture(html`<div>
        <zwgk-policy-card .catalogue=${sample} policy="po-dibao"></zwgk-policy-card>
        <zwgk-policy-card .catalogue=${sample} policy="po-dibao"></zwgk-policy-card>
        <zwgk-policy-card .catalogue=${sample} policy="po-dibao" id="dibao"></zwgk-policy-card>
      </div>`);
      const cards = [...holder.querySelectorAll('zwgk-policy-card')];
      await Promise.all(cards.map((c) => c.updateComplete));
      const ids = [...holder.querySelectorAll('[id]')].map((n) => n.id).filter((id) => id !== 'dibao');
      expect(new Set(ids).size, 'unique ids').to.equal(ids.length);
      expect(cards[0]!.uid('doc-title')).to.equal('zwgk-policy-doc-title');
      expect(cards[1]!.uid('doc-title')).to.equal('zwgk-policy2-doc-title');
      expect(cards[2]!.uid('doc-title')).to.equal('dibao-doc-title');
      expect(ids.every((id) => !/\d{5,}|[0-9a-f]{8}-/.test(id)), 'no random parts').to.equal(true);
      for (const card of cards) expect(card.querySelector(`[aria-labelledby="${card.uid('doc-title')}"]`)).to.exist;
    });
  });
});

describe('elementsCss()', () => {
  it('holds every element’s stylesheet, scoped to its tag, as CSS a page can link', async () => {
    const { elementsCss } = await import('../../src/index.js');
    const text = elementsCss();
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    const selectors = [...sheet.cssRules].filter((r): r is CSSStyleRule => r instanceof CSSStyleRule).map((r) => r.selectorText);
    for (const tag of ['zwgk-catalogue', 'zwgk-catalogue-tree', 'zwgk-policy-card', 'zwgk-disclosure-map']) {
      expect(selectors.some((s) => s.startsWith(`${tag}:not(#_):not(#_) > .zwgk-body`)), tag).to.equal(true);
    }
    // Every rule is scoped to one of our tags: nothing in it can restyle the host page.
    expect(selectors.filter((s) => s.split(',').some((part) => !/^\s*zwgk-[a-z-]+:not\(#_\):not\(#_\)/.test(part)))).to.deep.equal([]);
    expect(text).not.to.match(/@layer|@scope|:where\(|:is\(/);
  });
});
