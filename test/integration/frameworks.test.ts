import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { Catalogue } from '../../src/catalogue/schema.js';
import type { ZwgkSelectDetail } from '../../src/core/events.js';
import { until } from '../helpers/probe-consumer.js';

// React 19 and Vue 3 mount the elements the way an integrator's app would: properties for
// objects, attributes for strings, and listeners for the zwgk-* events.
interface ReactLike {
  createElement(type: string, props: Record<string, unknown>): unknown;
  createRoot(container: Element): { render(node: unknown): void; unmount(): void };
  flushSync(fn: () => void): void;
}
interface VueLike {
  createApp(options: { render: () => unknown }): { mount(el: Element): unknown; unmount(): void };
  h(type: string, props: Record<string, unknown>): unknown;
}

let sample: Catalogue;
before(async () => {
  sample = await (await fetch('/demo/data/shixian.json')).json();
});

const reactUrl = '/.cache/vendor/react.js';
const vueUrl = '/node_modules/vue/dist/vue.esm-browser.prod.js';

describe('framework interop', () => {
  it('React 19 sets the catalogue property and attributes, and receives zwgk-select', async () => {
    const React = (await import(/* @vite-ignore */ reactUrl)) as ReactLike;
    const container = await fixture(html`<div></div>`);
    const events: ZwgkSelectDetail[] = [];
    const root = React.createRoot(container);
    React.flushSync(() =>
      root.render(
        React.createElement('zwgk-policy-card', {
          policy: 'po-dibao',
          'heading-level': '4',
          catalogue: sample,
          'onzwgk-select': (event: CustomEvent<ZwgkSelectDetail>) => events.push(event.detail),
        }),
      ),
    );
    const el = container.querySelector('zwgk-policy-card')!;
    const title = () => el.querySelector(`#${CSS.escape(el.uid('doc-title'))}`);
    expect(await until(() => !!title())).to.be.true;
    expect(title()!.getAttribute('aria-level')).to.equal('4');
    expect(title()!.textContent).to.contain('最低生活保障审核确认实施细则');
    expect(await until(() => events.length > 0)).to.be.true;
    expect(events[0]!.kind).to.equal('policy');
    root.unmount();
  });

  it('Vue 3 sets the catalogue property and attributes, and receives zwgk-search', async () => {
    const Vue = (await import(/* @vite-ignore */ vueUrl)) as VueLike;
    const container = await fixture(html`<div></div>`);
    const counts: number[] = [];
    const app = Vue.createApp({
      render: () =>
        Vue.h('zwgk-catalogue-tree', {
          catalogue: sample,
          'no-hash': '',
          level: 'township',
          onZwgkSearch: (event: CustomEvent<{ count: number }>) => counts.push(event.detail.count),
        }),
    });
    app.mount(container);
    const el = container.querySelector('zwgk-catalogue-tree')!;
    expect(await until(() => el.visibleItems?.length > 0)).to.be.true;
    expect(el.visibleItems.every((item) => item.levels.includes('township'))).to.be.true;
    el.query = '低保';
    expect(await until(() => counts.length > 0)).to.be.true;
    expect(counts[0]).to.be.greaterThan(0);
    app.unmount();
  });
});
