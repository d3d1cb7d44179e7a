import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/catalogue/define.js';
import '../src/components/notice-poster/define.js';

interface Args {
  item: string;
  lang: string;
  elder: boolean;
  now: string;
}

const meta: Meta<Args> = {
  title: 'Elements/zwgk-notice-poster',
  component: 'zwgk-notice-poster',
  args: { item: 'it-147', lang: 'zh-CN', elder: false, now: '2026-12-06' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    item: { control: 'select', options: ['it-147', 'it-146', 'it-178', 'it-064'] },
  },
  render: ({ item, lang, elder, now }) => html`<div lang=${lang}>
    <zwgk-catalogue src="data/shixian.json">
      <zwgk-notice-poster item=${item} catalogue-url="https://www.shixian.example.gov.cn/zwgk/ml.html" ?elder=${elder} now=${now}></zwgk-notice-poster>
    </zwgk-catalogue>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const PublicList: Story = { name: '公示 item with its display period' };
export const WithService: Story = { name: 'With 我要办', args: { item: 'it-146' } };
export const Directory: Story = { name: 'A directory item', args: { item: 'it-178' } };
export const Elder: Story = { args: { elder: true } };
export const English: Story = { args: { lang: 'en' } };
export const NoItem: Story = { name: 'No item named: the current items to choose from', args: { item: '' } };
export const LoadError: Story = {
  name: 'Error',
  parameters: { expectedFailedRequests: ['data/missing.json'] },
  render: () => html`<zwgk-notice-poster item="it-147" src="data/missing.json"></zwgk-notice-poster>` };
