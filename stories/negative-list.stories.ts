import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/catalogue/define.js';
import '../src/components/negative-list/define.js';

interface Args {
  lang: string;
  elder: boolean;
  now: string;
}

const meta: Meta<Args> = {
  title: 'Elements/zwgk-negative-list',
  component: 'zwgk-negative-list',
  args: { lang: 'zh-CN', elder: false, now: '2026-12-06' },
  argTypes: { lang: { control: 'inline-radio', options: ['zh-CN', 'en'] } },
  render: ({ lang, elder, now }) => html`<div lang=${lang}>
    <zwgk-catalogue src="data/shixian.json">
      <zwgk-negative-list ?elder=${elder} now=${now}></zwgk-negative-list>
    </zwgk-catalogue>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const WithAnOverdueReview: Story = { name: 'One review overdue' };
export const AllOverdue: Story = { name: 'Read in June 2027: most reviews overdue', args: { now: '2027-06-02' } };
export const Elder: Story = { args: { elder: true } };
export const English: Story = { args: { lang: 'en' } };
export const LoadError: Story = {
  name: 'Error',
  parameters: { expectedFailedRequests: ['data/missing.json'] },
  render: () => html`<zwgk-negative-list src="data/missing.json"></zwgk-negative-list>` };
