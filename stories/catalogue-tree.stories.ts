import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/catalogue/define.js';
import '../src/components/catalogue-tree/define.js';
import { generateCatalogue } from '../bench/generate-catalogue.js';

interface Args {
  lang: string;
  elder: boolean;
  level: string;
  domains: string;
  mode: string;
  query: string;
  selected: string;
}

const meta: Meta<Args> = {
  title: 'Elements/zwgk-catalogue-tree',
  component: 'zwgk-catalogue-tree',
  args: { lang: 'zh-CN', elder: false, level: '', domains: '', mode: '', query: '', selected: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    level: { control: 'select', options: ['', 'county', 'township', 'village'] },
    mode: { control: 'select', options: ['', '主动', '依申请'] },
  },
  render: ({ lang, elder, level, domains, mode, query, selected }) => html`<div lang=${lang}>
    <zwgk-catalogue src="data/shixian.json">
      <zwgk-catalogue-tree no-hash ?elder=${elder} level=${level || undefined} domains=${domains || undefined}
        mode=${mode || undefined} .query=${query} selected=${selected || undefined}></zwgk-catalogue-tree>
    </zwgk-catalogue>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Searching: Story = { args: { query: '低保' } };
export const FilteredByLevel: Story = { name: 'Filtered by level (township)', args: { level: 'township' } };
export const PinnedDomains: Story = { args: { domains: '义务教育,社会救助' } };
export const ItemDetail: Story = { args: { selected: 'it-155' } };
export const OnRequestItem: Story = { name: 'Item detail: 依申请', args: { selected: 'it-046' } };
export const Elder: Story = { args: { elder: true } };
export const English: Story = { args: { lang: 'en' } };
export const LargeCatalogue: Story = {
  name: 'Large catalogue (10,000 items)',
  render: () => html`<zwgk-catalogue-tree no-hash .catalogue=${generateCatalogue(10_000)}></zwgk-catalogue-tree>`,
};
export const Empty: Story = {
  render: () => {
    const empty = generateCatalogue(0);
    return html`<zwgk-catalogue-tree no-hash .catalogue=${empty}></zwgk-catalogue-tree>`;
  },
};
export const LoadError: Story = {
  name: 'Error',
  parameters: { expectedFailedRequests: ['data/missing.json'] },
  render: () => html`<zwgk-catalogue-tree src="data/missing.json">
    <ul><li><a href="#">基层政务公开标准目录（备用链接）</a></li></ul>
  </zwgk-catalogue-tree>`,
};
