import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/catalogue/define.js';
import '../src/components/policy-card/define.js';

interface Args {
  policy: string;
  lang: string;
  elder: boolean;
  strictSync: boolean;
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Elements/zwgk-policy-card',
  component: 'zwgk-policy-card',
  args: { policy: 'po-dibao', lang: 'zh-CN', elder: false, strictSync: false, headingLevel: 2 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    policy: { control: 'select', options: ['', 'po-dibao', 'po-enroll', 'po-farm', 'po-eldercare', 'po-housing', 'po-disaster', 'po-employ', 'po-straw', 'po-parking', 'po-elder-2026'] },
  },
  render: ({ policy, lang, elder, strictSync, headingLevel }) => html`<div lang=${lang}>
    <zwgk-catalogue src="data/shixian.json">
      <zwgk-policy-card policy=${policy || undefined} ?elder=${elder} ?strict-sync=${strictSync} heading-level=${headingLevel}></zwgk-policy-card>
    </zwgk-catalogue>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const EffectiveWithThreeForms: Story = { name: 'Effective policy, three forms of interpretation' };
export const Repealed: Story = { name: 'Repealed policy', args: { policy: 'po-eldercare' } };
export const LateWithStrictSync: Story = { name: 'Later Q&A and media pieces: still 同步 (strict-sync)', args: { policy: 'po-enroll', strictSync: true } };
export const Amended: Story = { name: 'Amended: linked to the amending document', args: { policy: 'po-housing' } };
export const NotYetInForce: Story = { name: 'Not yet in force, with its consultation and a response', args: { policy: 'po-parking' } };
export const ExpiredTrial: Story = { name: 'A 试行 document past its 有效期', args: { policy: 'po-straw' } };
export const DraftingDepartmentLate: Story = { name: '三同步: the drafting department two days late (strict-sync)', args: { policy: 'po-elder-2026', strictSync: true } };
export const MissingTranscript: Story = { name: 'Audio without transcript', args: { policy: 'po-farm' } };
export const ListMode: Story = { name: 'List mode', args: { policy: '' } };
export const Elder: Story = { args: { elder: true } };
export const English: Story = { args: { lang: 'en', policy: 'po-employ' } };
export const LoadError: Story = {
  name: 'Error',
  parameters: { expectedFailedRequests: ['data/missing.json'] },
  render: () => html`<zwgk-policy-card src="data/missing.json"><h2>政策解读</h2><p><a href="#">查看原文</a></p></zwgk-policy-card>`,
};
