/**
 * axe in every main state of the two form elements (the states the toolbar contract and the
 * host-page suite use, test/a11y/states.ts), in Chinese and with elder mode switched on page-wide.
 */
import { expect } from '@open-wc/testing';
import { STATES, loadStateData } from './states.js';

before(loadStateData);
beforeEach(() => sessionStorage.clear());

describe('axe in every state of the forms', () => {
  afterEach(() => document.documentElement.removeAttribute('data-zwgk-elder'));

  for (const tag of ['zwgk-request-form', 'zwgk-open-day']) {
    for (const state of STATES[tag]!) {
      it(`<${tag}> ${state.name}`, async () => {
        await expect(await state.mount()).to.be.accessible();
      });
      it(`<${tag}> ${state.name}, elder mode page-wide`, async () => {
        document.documentElement.setAttribute('data-zwgk-elder', '');
        await expect(await state.mount()).to.be.accessible();
      });
    }
  }
});
