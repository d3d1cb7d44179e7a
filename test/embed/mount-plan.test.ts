// zwgk-loader.js's settings (src/embed/mount-plan.ts): what an editor writes on a plain <div> or a
// script URL becomes exactly the elements and attributes meant, and nothing that could run code.
import { expect } from '@open-wc/testing';
import { planMount, settingName, settingsFromQuery } from '../../src/embed/mount-plan.js';

describe('planMount', () => {
  it('one element with a catalogue URL gets a provider; other settings become attributes', () => {
    const plan = planMount({ zwgk: 'catalogue-tree', src: '/zwgk/data/catalogue.json', level: 'township', 'heading-level': '2', lang: 'zh-CN' })!;
    expect(plan.elements).to.deep.equal(['zwgk-catalogue-tree']);
    expect(plan.attributes).to.deep.equal({ level: 'township', 'heading-level': '2', lang: 'zh-CN' });
    expect(plan.provider).to.deep.equal({ src: '/zwgk/data/catalogue.json', lang: 'zh-CN' });
    expect(plan.problems).to.deep.equal([]);
  });

  it('several elements, separated by commas (also full-width) or spaces, the zwgk- prefix optional', () => {
    expect(planMount({ zwgk: 'catalogue-tree，policy-card zwgk-disclosure-map' })!.elements).to.deep.equal(['zwgk-catalogue-tree', 'zwgk-policy-card', 'zwgk-disclosure-map']);
  });

  it('the provider alone takes src itself', () => {
    const plan = planMount({ zwgk: 'catalogue', src: '/c.json', 'show-info': '' })!;
    expect(plan.provider).to.equal(undefined);
    expect(plan.attributes).to.deep.equal({ 'show-info': '', src: '/c.json' });
  });

  it('unknown names and event-handler or style attributes are refused and reported', () => {
    const plan = planMount({ zwgk: 'catalogue-tree, iframe', onclick: 'alert(1)', style: 'color:red', 'Bad Name': 'x', level: 'county' })!;
    expect(plan.elements).to.deep.equal(['zwgk-catalogue-tree']);
    expect(plan.attributes).to.deep.equal({ level: 'county' });
    expect(plan.problems).to.have.length(4);
    expect(plan.problems[0]).to.contain('iframe');
  });

  it('no known element, no plan', () => {
    expect(planMount({ src: '/c.json' })).to.equal(undefined);
    expect(planMount({ zwgk: 'script' })).to.equal(undefined);
  });

  it('reads a loader URL query and data-zwgk attribute names', () => {
    const settings = settingsFromQuery('?mount=%23zwgk&zwgk=policy-card&src=%2Fzwgk%2Fdata%2Fcatalogue.json&Heading-Level=3');
    expect(settings).to.deep.equal({ mount: '#zwgk', zwgk: 'policy-card', src: '/zwgk/data/catalogue.json', 'heading-level': '3' });
    expect(planMount(settings)!.mount).to.equal('#zwgk');
    expect(settingName('data-zwgk')).to.equal('zwgk');
    expect(settingName('data-zwgk-request-url')).to.equal('request-url');
    expect(settingName('data-other')).to.equal(undefined);
  });
});
