import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/catalogue/define.js';
import '../src/components/responses/define.js';

interface Args {
  policy: string;
  limit: number;
  lang: string;
  elder: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/zwgk-responses',
  component: 'zwgk-responses',
  args: { policy: '', limit: 0, lang: 'zh-CN', elder: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    policy: { control: 'select', options: ['', 'po-dibao', 'po-enroll', 'po-parking', 'po-farm', 'po-elder-2026'] },
  },
  render: ({ policy, limit, lang, elder }) => html`<div lang=${lang}>
    <zwgk-catalogue src="data/shixian.json">
      <zwgk-responses policy=${policy || undefined} limit=${limit} more-url=${limit ? '#more' : undefined} ?elder=${elder} policy-list-url="#"></zwgk-responses>
    </zwgk-catalogue>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const All: Story = { name: 'All responses, with the policy filter' };
export const ForOnePolicy: Story = { name: 'Pinned to one policy', args: { policy: 'po-parking' } };
export const HomePageBox: Story = { name: 'Home-page box (newest 3)', args: { limit: 3 } };
export const Elder: Story = { args: { elder: true } };
export const English: Story = { args: { lang: 'en' } };
export const LoadError: Story = {
  name: 'Error',
  parameters: { expectedFailedRequests: ['data/missing.json'] },
  render: () => html`<zwgk-responses src="data/missing.json"></zwgk-responses>` };
