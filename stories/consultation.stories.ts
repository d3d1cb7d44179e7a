import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/catalogue/define.js';
import '../src/components/consultation/define.js';

interface Args {
  consultation: string;
  phase: string;
  lang: string;
  elder: boolean;
  now: string;
}

const meta: Meta<Args> = {
  title: 'Elements/zwgk-consultation',
  component: 'zwgk-consultation',
  args: { consultation: '', phase: '', lang: 'zh-CN', elder: false, now: '2026-12-06' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    phase: { control: 'inline-radio', options: ['', 'current', 'ended'] },
    consultation: { control: 'select', options: ['', 'cs-001', 'cs-002', 'cs-003', 'cs-004', 'cs-005', 'cs-006'] },
  },
  render: ({ consultation, phase, lang, elder, now }) => html`<div lang=${lang}>
    <zwgk-catalogue src="data/shixian.json">
      <zwgk-consultation consultation=${consultation || undefined} phase=${phase || undefined} ?elder=${elder} now=${now}></zwgk-consultation>
    </zwgk-catalogue>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const All: Story = { name: 'Open, upcoming and closed' };
export const Open: Story = { name: 'Open: every way to take part, a 座谈会 with sign-up', args: { consultation: 'cs-003' } };
export const Upcoming: Story = { name: 'Upcoming 听证会', args: { consultation: 'cs-004' } };
export const Reported: Story = { name: 'Closed with the 采纳情况', args: { consultation: 'cs-001' } };
export const ReportPending: Story = { name: 'Closed, report pending (a 1.0 record)', args: { consultation: 'cs-005' } };
export const SignupClosed: Story = { name: 'Sign-up deadline passed', args: { consultation: 'cs-003', now: '2026-12-13' } };
export const Elder: Story = { args: { elder: true, consultation: 'cs-003' } };
export const English: Story = { args: { lang: 'en' } };
/** Waits for the element to render `selector` inside it, then clicks it. */
async function press(canvasElement: HTMLElement, selector: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const button = canvasElement.querySelector('zwgk-consultation')?.querySelector<HTMLButtonElement>(selector);
    if (button) {
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const OpinionForm: Story = {
  name: 'The opinion form open',
  // Another story may have left a draft in this origin's sessionStorage; start empty.
  loaders: [async () => (sessionStorage.clear(), {})],
  args: { consultation: 'cs-003' },
  play: async ({ canvasElement }) => press(canvasElement, '[data-write-opinion="cs-003"]'),
};
export const OpinionErrors: Story = {
  name: 'The opinion form with errors (nothing sent)',
  loaders: [async () => (sessionStorage.clear(), {})],
  args: { consultation: 'cs-003' },
  play: async ({ canvasElement }) => {
    await press(canvasElement, '[data-write-opinion="cs-003"]');
    await press(canvasElement, 'form[part="form"] button[type="submit"]');
  },
};
export const LoadError: Story = {
  name: 'Error',
  parameters: { expectedFailedRequests: ['data/missing.json'] },
  render: () => html`<zwgk-consultation src="data/missing.json"></zwgk-consultation>` };
