import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { minimalCatalogue } from './fixtures/minimal.js';

describe('smoke', () => {
  it('renders the provider ready state from a property', async () => {
    const el = await fixture(html`<zwgk-catalogue show-info .catalogue=${minimalCatalogue()}><p>child</p></zwgk-catalogue>`);
    expect(el.querySelector(':scope > .zwgk-body')!.textContent).to.contain('示例县基层政务公开事项标准目录');
    expect(el.lastElementChild!.textContent, 'the page’s own children stay, after the provider’s lines').to.equal('child');
  });
});
