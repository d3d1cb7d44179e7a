import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/catalogue/define.js';
import '../src/components/request-form/define.js';

// Storybook has no request server: sending shows the network-failure state (values kept), which
// designers review as such; the receipt and lookup results are covered by the browser tests.
interface Args {
  lang: string;
  elder: boolean;
  mode: 'form' | 'status';
  item: string;
}

const meta: Meta<Args> = {
  title: 'Elements/zwgk-request-form',
  component: 'zwgk-request-form',
  args: { lang: 'zh-CN', elder: false, mode: 'form', item: '' },
  argTypes: { lang: { control: 'inline-radio', options: ['zh-CN', 'en'] }, mode: { control: 'inline-radio', options: ['form', 'status'] } },
  render: ({ lang, elder, mode, item }) => html`<div lang=${lang}>
    <zwgk-catalogue src="data/shixian.json">
      <zwgk-request-form ?elder=${elder} mode=${mode} item=${item || undefined} action="/api/requests"></zwgk-request-form>
    </zwgk-catalogue>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Citizen: Story = { name: '公民' };
export const FromCatalogueItem: Story = { name: 'Pre-filled from a catalogue item', args: { item: 'it-046' } };
export const StatusLookup: Story = { args: { mode: 'status' } };
export const Elder: Story = { args: { elder: true } };
export const English: Story = { args: { lang: 'en' } };
