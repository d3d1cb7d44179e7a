import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/catalogue/define.js';
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
  return { el, info: el.shadowRoot!.querySelector('[part="info"]') as HTMLElement };
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
    expect(el.shadowRoot!.textContent).to.contain('Publisher');
    expect(el.shadowRoot!.textContent).to.contain('1 March 2024');
  });
});
