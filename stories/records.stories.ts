import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/catalogue/define.js';
import '../src/components/records/define.js';

interface Args {
  item: string;
  pageSize: number;
  lang: string;
  elder: boolean;
  now: string;
}

const meta: Meta<Args> = {
  title: 'Elements/zwgk-records',
  component: 'zwgk-records',
  args: { item: 'it-147', pageSize: 20, lang: 'zh-CN', elder: false, now: '2026-12-06' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    item: { control: 'select', options: ['it-147', 'it-150', 'it-157', 'it-170', 'it-178'] },
  },
  render: ({ item, pageSize, lang, elder, now }) => html`<div lang=${lang}>
    <zwgk-catalogue src="data/shixian.json">
      <zwgk-records item=${item} page-size=${pageSize} ?elder=${elder} now=${now}></zwgk-records>
    </zwgk-catalogue>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Running: Story = { name: '低保 list on display (公示7个工作日), de-identified' };
export const Ended: Story = { name: 'Display period over', args: { item: 'it-150' } };
export const Upcoming: Story = { name: 'Not yet on display, 30 rows over two pages', args: { item: 'it-170' } };
export const SchoolDirectory: Story = { name: 'School directory: no personal data, nothing masked', args: { item: 'it-178' } };
export const Elder: Story = { args: { elder: true } };
export const English: Story = { args: { lang: 'en' } };
export const LoadError: Story = {
  name: 'Error',
  parameters: { expectedFailedRequests: ['data/missing.json'] },
  render: () => html`<zwgk-records item="it-147" src="data/missing.json"></zwgk-records>` };
