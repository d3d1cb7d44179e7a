/**
 * The host page meets the light-DOM elements (issue 15): a hostile CMS stylesheet
 * (test/fixtures/hostile.css: bare-tag rules, one- and two-ID rules, floats and bullets on li,
 * `!important` list-style, underline and outline removal) changes nothing in any element's
 * rendering; `--zwgk-*` tokens set by the page theme it; the documented replacement of `::part()`
 * customises it; elder mode gives every text ≥ 18 px, line height ≥ 1.5 and 7:1 contrast; and a
 * page's own widget that puts the element in its shadow root still gets the styles.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { STATES, LIGHT_TAGS, loadStateData, settle } from './states.js';
import { contrast, effectiveBackground, parseColor } from '../helpers/colour.js';
import { textBearers } from '../helpers/toolbar.js';
import { until } from '../helpers/probe-consumer.js';

before(loadStateData);
beforeEach(() => sessionStorage.clear());

const STYLE_PROPERTIES = [
  'display', 'float', 'position', 'margin-top', 'margin-left', 'margin-right', 'padding-top', 'padding-left', 'font-size', 'font-weight',
  'font-family', 'line-height', 'color', 'background-color', 'text-indent', 'text-align', 'list-style-type', 'text-decoration-line',
  'letter-spacing', 'word-spacing', 'white-space', 'border-top-width', 'border-bottom-style', 'vertical-align', 'appearance', 'box-sizing',
] as const;

/** Loads every image now (the sample's QR codes and figures are lazy, some 404): their box must not change between snapshots. */
async function settleImages(el: Element): Promise<void> {
  const images = [...el.querySelectorAll('img')];
  images.forEach((img) => (img.loading = 'eager'));
  await Promise.all(images.map((img) => (img.complete ? undefined : new Promise((resolve) => {
    img.addEventListener('load', resolve, { once: true });
    img.addEventListener('error', resolve, { once: true });
  }))));
  await settle(el);
}

/** The look and box of every node the element draws (its `.zwgk-body`, not the page's children), relative to the element. */
function snapshot(el: Element): string[] {
  const origin = el.getBoundingClientRect();
  const body = el.querySelector(':scope > .zwgk-body')!;
  return [body, ...body.querySelectorAll('*')].map((node) => {
    const style = getComputedStyle(node);
    const box = node.getBoundingClientRect();
    const before = getComputedStyle(node, '::before').content;
    const values = STYLE_PROPERTIES.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
    // Replaced elements change size as their files load (lazily): their styles are compared, not their boxes.
    const place = (box.width || box.height) && !['img', 'video', 'audio'].includes(node.localName) ? `${Math.round(box.left - origin.left)},${Math.round(box.top - origin.top)},${Math.round(box.width)}x${Math.round(box.height)}` : 'none';
    return `<${node.localName} class="${node.getAttribute('class') ?? ''}"> ${values};before:${before}; box:${place}`;
  });
}

function differences(a: string[], b: string[]): string[] {
  const out: string[] = [];
  if (a.length !== b.length) out.push(`${a.length} nodes on a clean page, ${b.length} on the hostile one`);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    const left = a[i]!.split(';');
    const right = b[i]!.split(';');
    out.push(`${a[i]!.slice(0, a[i]!.indexOf('>') + 1)} ${right.filter((v, j) => v !== left[j]).join('; ')} (clean: ${left.filter((v, j) => v !== right[j]).join('; ')})`);
    if (out.length > 8) break;
  }
  return out;
}

/** Links test/fixtures/hostile.css into the page, as the CMS template would, once it has loaded. */
async function addHostileSheet(): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/test/fixtures/hostile.css';
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
  document.head.append(link);
  await loaded;
  return link;
}

async function inHostilePage(mount: () => Promise<HTMLElement>): Promise<{ clean: string[]; hostile: string[]; el: HTMLElement }> {
  const wrapper = await fixture<HTMLElement>(html`<div id="main"><div id="content"></div></div>`);
  const content = wrapper.querySelector<HTMLElement>('#content')!;
  content.style.setProperty('width', '760px'); // the page's column: the same width on both pages
  const el = await mount();
  const busy = () => !!el.querySelector(':scope > .zwgk-body [part="status"]');
  const wasBusy = busy();
  content.append(el); // reconnecting makes an element with its own src load again: wait for it to settle
  await until(() => busy() === wasBusy && !el.hasAttribute('aria-busy'));
  await settleImages(el);
  const clean = snapshot(el);
  const link = await addHostileSheet();
  await settle(el);
  const hostile = snapshot(el);
  link.remove();
  return { clean, hostile, el };
}

describe('the host page and the light-DOM elements', () => {
  afterEach(() => {
    document.querySelectorAll('link[href="/test/fixtures/hostile.css"], style[data-page]').forEach((s) => s.remove());
    document.documentElement.removeAttribute('data-zwgk-elder');
  });

  const pageCss = (text: string) => {
    const style = document.createElement('style');
    style.dataset['page'] = '';
    style.textContent = text;
    document.head.append(style);
  };

  for (const tag of LIGHT_TAGS) {
    describe(`<${tag}>`, () => {
      for (const state of STATES[tag]!) {
        it(`${state.name}: a hostile CMS stylesheet changes nothing, and keyboard focus stays visible`, async () => {
          const { clean, hostile, el } = await inHostilePage(state.mount);
          expect(differences(clean, hostile)).to.deep.equal([]);
          // *:focus { outline: none !important } must not take the focus ring away.
          await addHostileSheet();
          const focusable = el.querySelector<HTMLElement>('button, a[href], input, select, summary, [tabindex="0"]');
          if (focusable) {
            await sendKeys({ press: 'Shift' });
            focusable.focus();
            expect(getComputedStyle(focusable).outlineStyle, 'focus ring').to.equal('solid');
            expect(parseFloat(getComputedStyle(focusable).outlineWidth)).to.be.at.least(2);
          }
        });

        it(`${state.name}: page tokens theme it; the documented part selector customises it`, async () => {
          const el = await state.mount();
          const primary = 'rgb(11, 79, 156)';
          const usesPrimary = () => [el, ...el.querySelectorAll('*')].filter((n) => {
            const s = getComputedStyle(n);
            return s.color === primary || s.backgroundColor === primary || s.borderTopColor === primary;
          }).length;
          const before = usesPrimary();
          pageCss(`${tag} { --zwgk-color-primary: rgb(181, 23, 28); }`);
          await settle(el);
          if (before > 0) expect(usesPrimary(), 'nodes still in the default primary colour').to.equal(0);
          const part = el.querySelector('[part]');
          if (part) {
            const name = part.getAttribute('part')!.split(' ')[0];
            pageCss(`${tag}:not(#_):not(#_):not(#_) [part~="${name}"] { border-top: 3px dotted rgb(1, 2, 3); }`);
            await settle(el);
            expect(getComputedStyle(part).borderTopColor).to.equal('rgb(1, 2, 3)');
            expect(getComputedStyle(part).borderTopStyle).to.equal('dotted');
          }
        });

        it(`${state.name}: elder mode page-wide gives all text ≥ 18 px, line height ≥ 1.5 and 7:1 contrast, placeholders included`, async () => {
          document.documentElement.setAttribute('data-zwgk-elder', '');
          const el = await state.mount();
          await settle(el);
          const problems: string[] = [];
          for (const node of textBearers(el, false)) {
            if (node.getBoundingClientRect().width <= 1) continue; // visually hidden, for screen readers
            const style = getComputedStyle(node);
            const size = parseFloat(style.fontSize);
            const lineHeight = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight);
            const ratio = contrast(parseColor(style.color), effectiveBackground(node));
            const name = `“${node.textContent!.trim().slice(0, 12)}”`;
            if (size < 18) problems.push(`${name} ${size}px`);
            if (lineHeight / size < 1.5 - 1e-6) problems.push(`${name} line height ${(lineHeight / size).toFixed(2)}`);
            if (ratio < 7) problems.push(`${name} contrast ${ratio.toFixed(2)}:1`);
          }
          for (const input of el.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
            const ratio = contrast(parseColor(getComputedStyle(input, '::placeholder').color), effectiveBackground(input));
            if (ratio < 7) problems.push(`placeholder “${input.placeholder.slice(0, 12)}” ${ratio.toFixed(2)}:1`);
          }
          expect(problems).to.deep.equal([]);
        });
      }

      it('inside a page widget’s shadow root it still gets its styles (adopted by that root)', async () => {
        const host = await fixture<HTMLElement>(html`<div></div>`);
        const shadow = host.attachShadow({ mode: 'open' });
        const el = await STATES[tag]![0]!.mount();
        await settleImages(el);
        const inDocument = snapshot(el);
        shadow.append(el);
        await settle(el);
        expect(shadow.adoptedStyleSheets.length).to.be.at.least(1);
        expect(differences(inDocument, snapshot(el))).to.deep.equal([]);
      });
    });
  }

  it('adopts one stylesheet per element kind into the document, however many elements connect', async () => {
    const before = document.adoptedStyleSheets.length;
    for (const tag of LIGHT_TAGS) await STATES[tag]![0]!.mount();
    for (const tag of LIGHT_TAGS) await STATES[tag]![0]!.mount();
    const ours = document.adoptedStyleSheets.filter((sheet) => [...sheet.cssRules].some((rule) => LIGHT_TAGS.some((tag) => rule.cssText.startsWith(`${tag}:not(#_)`))));
    expect(ours.length).to.equal(LIGHT_TAGS.length);
    expect(document.adoptedStyleSheets.length - before).to.be.at.most(LIGHT_TAGS.length);
  });
});
