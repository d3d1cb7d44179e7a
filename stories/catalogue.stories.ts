import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/catalogue/define.js';

interface Args {
  src: string;
  showInfo: boolean;
  elder: boolean;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/zwgk-catalogue',
  component: 'zwgk-catalogue',
  args: { src: 'data/shixian.json', showInfo: true, elder: false, lang: 'zh-CN' },
  argTypes: { lang: { control: 'inline-radio', options: ['zh-CN', 'en'] } },
  render: ({ src, showInfo, elder, lang }) => html`<div lang=${lang}>
    <zwgk-catalogue src=${src} ?show-info=${showInfo} ?elder=${elder}>
      <p>此处放置标准目录、公开地图等组件。</p>
    </zwgk-catalogue>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};
export const Elder: Story = { args: { elder: true } };
export const English: Story = { args: { lang: 'en' } };
export const NotFound: Story = { name: 'Error: 404', args: { src: 'data/missing.json' }, parameters: { expectedFailedRequests: ['data/missing.json'] } };
export const InvalidData: Story = {
  name: 'Error: invalid data',
  render: () => html`<zwgk-catalogue .catalogue=${{ schemaVersion: '1.0.0', title: '', items: {} }}></zwgk-catalogue>`,
};
export const UnsupportedVersion: Story = {
  name: 'Error: unsupported version',
  render: () => html`<zwgk-catalogue .catalogue=${{ schemaVersion: '2.0.0' }}></zwgk-catalogue>`,
};
