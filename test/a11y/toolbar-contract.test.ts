/**
 * The 无障碍 toolbar contract (issue 15): every element, in every main state, as a county site's
 * injected toolbar meets it (test/helpers/toolbar.ts). For each state:
 * - 指读: hovering a word makes a `<body>` mouseover listener hear that word's own row, label or
 *   button: not nothing, not the whole element;
 * - 连读: a walk over `document.body` reads the element's visible text, in reading order;
 * - 配色: `body * { color: #ff0 !important; background: #000 !important }` reaches all its text;
 * - 放大: the toolbar's `body *` rule, its script that writes `style.fontSize`, and `zoom` on `<body>`
 *   each enlarge the text, and no text ends up drawn over other text or cut off.
 */
import { expect } from '@open-wc/testing';
import {
  RECOLOUR, enlargeByScript, fontSizes, injectToolbarCss, notEnlarged, outOfOrder, overlappingText, pointRead, readAloud, unrecoloured, zoomBody,
} from '../helpers/toolbar.js';
import { LIGHT_TAGS, STATES, loadStateData, q, settle } from './states.js';

before(loadStateData);
beforeEach(() => sessionStorage.clear());

describe('无障碍 toolbar contract', () => {
  afterEach(() => {
    document.querySelectorAll('style[data-toolbar]').forEach((s) => s.remove());
    document.body.style.removeProperty('zoom');
  });

  for (const [tag, states] of Object.entries(STATES).filter(([tag]) => LIGHT_TAGS.includes(tag))) {
    describe(`<${tag}>`, () => {
      for (const state of states) {
        describe(state.name, () => {
          for (const { word, inside } of state.hover) {
            it(`指读: hovering “${word}” reads that word's own row, label or button`, async () => {
              const el = await state.mount();
              const scope = inside ? q(el, inside) : el;
              const { target, text } = await pointRead(word, scope);
              expect(target, 'the mouseover target').to.be.instanceOf(HTMLElement);
              expect(target === el, 'the whole element was read, not the word').to.equal(false);
              expect(text, `what the toolbar read for “${word}”`).to.contain(word);
              const whole = (el.innerText || '').length;
              expect(text.length, `“${text.slice(0, 60)}…” is more than the word's own row`).to.be.below(Math.max(200, whole / 3));
            });
          }

          it('连读: a walk from <body> reads its visible text in order', async () => {
            await state.mount();
            expect(outOfOrder(readAloud(), state.read)).to.deep.equal([]);
          });

          it('配色: body * recolouring reaches all of its text', async () => {
            const el = await state.mount();
            injectToolbarCss(RECOLOUR);
            expect(unrecoloured(el)).to.deep.equal([]);
          });

          it('放大: the body * rule, the script and <body> zoom each enlarge its text without overlap', async () => {
            const el = await state.mount();
            const before = fontSizes(el);
            expect(before.size, 'text the toolbar can find').to.be.greaterThan(0);
            const removeRule = injectToolbarCss('body * { font-size: 24px !important; }');
            await settle(el);
            expect(notEnlarged(before, el, (size) => Math.max(size, 24)), 'under the body * rule').to.deep.equal([]);
            expect(overlappingText(el), 'under the body * rule').to.deep.equal([]);
            removeRule();
            await settle(el);
            const undo = enlargeByScript(1.5);
            await settle(el);
            expect(notEnlarged(before, el, (size) => size * 1.5), 'after the script').to.deep.equal([]);
            expect(overlappingText(el), 'after the script').to.deep.equal([]);
            undo();
            const height = el.getBoundingClientRect().height;
            zoomBody(1.3);
            await settle(el);
            expect(el.getBoundingClientRect().height).to.be.greaterThan(height);
            expect(overlappingText(el), 'under zoom').to.deep.equal([]);
          });
        });
      }
    });
  }
});
