import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/catalogue/define.js';
import '../src/components/disclosure-map/define.js';

/**
 * An offline mock base map: every tile is the same light grid (an SVG data: URI, no network), so
 * the stories work without the internet or a 天地图 key. Real sites set `tk` instead. Not exported:
 * Storybook takes every named export of a stories file for a story.
 */
const MOCK_TILES =
  "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20width='256'%20height='256'%3E%3Crect%20width='256'%20height='256'%20fill='%23eef2f6'/%3E%3Cpath%20d='M0%200H256V256M128%200V256M0%20128H256'%20fill='none'%20stroke='%23c9d3de'%20stroke-width='2'/%3E%3C/svg%3E";

interface Args {
  tiles: string;
  tk: string;
  listOnly: boolean;
  township: string;
  types: string;
  selected: string;
  lang: string;
  elder: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/zwgk-disclosure-map',
  component: 'zwgk-disclosure-map',
  args: { tiles: MOCK_TILES, tk: '', listOnly: false, township: '', types: '', selected: '', lang: 'zh-CN', elder: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    township: { control: 'select', options: ['', '城关镇', '关堤乡', '东平镇', '西河乡', '南庄镇', '北关街道'] },
    selected: { control: 'select', options: ['', 'pt-zone-county', 'pt-archive', 'pt-library', 'pt-bmfw-guandi'] },
  },
  render: ({ tiles, tk, listOnly, township, types, selected, lang, elder }) => html`<div lang=${lang}>
    <zwgk-catalogue src="data/shixian.json">
      <zwgk-disclosure-map
        tiles=${tiles || undefined}
        tk=${tk || undefined}
        attribution=${tiles ? '示意底图（离线演示，非真实地图）' : undefined}
        ?list-only=${listOnly}
        township=${township || undefined}
        types=${types || undefined}
        selected=${selected || undefined}
        ?elder=${elder}
        request-url="/zwgk/ysqgk/apply.html"
      ></zwgk-disclosure-map>
    </zwgk-catalogue>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = { name: 'Map and list (offline mock tiles)' };
export const ListOnly: Story = { name: 'List only', args: { listOnly: true } };
export const Filtered: Story = { name: 'Filtered: one township’s places', args: { township: '关堤乡' } };
export const SelectedPoint: Story = { name: 'Selected point', args: { selected: 'pt-archive' } };
export const NoKeyFallback: Story = { name: 'No key, no tiles: list with a note', args: { tiles: '' } };
export const TilesFail: Story = {
  name: 'Tiles fail: switches to the list',
  args: { tiles: '/no-such-tiles/{z}/{x}/{y}.png' },
  parameters: { expectedFailedRequests: ['/no-such-tiles/'] },
};
export const Elder: Story = { args: { elder: true } };
export const English: Story = { args: { lang: 'en' } };
