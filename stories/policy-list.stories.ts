import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/catalogue/define.js';
import '../src/components/policy-list/define.js';

interface Args {
  lang: string;
  elder: boolean;
  pageSize: number;
  now: string;
}

const meta: Meta<Args> = {
  title: 'Elements/zwgk-policy-list',
  component: 'zwgk-policy-list',
  args: { lang: 'zh-CN', elder: false, pageSize: 20, now: '2026-12-06' },
  argTypes: { lang: { control: 'inline-radio', options: ['zh-CN', 'en'] } },
  render: ({ lang, elder, pageSize, now }) => html`<div lang=${lang}>
    <zwgk-catalogue src="data/shixian.json">
      <zwgk-policy-list no-hash ?elder=${elder} page-size=${pageSize} now=${now}></zwgk-policy-list>
    </zwgk-catalogue>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const AllPolicies: Story = { name: 'All policies, 有效性 computed from the dates' };
export const Paged: Story = { name: 'Paged (4 per page)', args: { pageSize: 4 } };
export const AfterTheTrialPeriod: Story = { name: 'Read in April 2027: the 试行 document has expired', args: { now: '2027-04-03' } };
export const Elder: Story = { args: { elder: true } };
export const English: Story = { args: { lang: 'en' } };
export const LoadError: Story = {
  name: 'Error',
  parameters: { expectedFailedRequests: ['data/missing.json'] },
  render: () => html`<zwgk-policy-list src="data/missing.json"><p><a href="#">政策文件栏目</a></p></zwgk-policy-list>`,
};
