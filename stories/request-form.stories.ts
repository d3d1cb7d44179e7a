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

/** Seeds the draft the element restores on load, as after a reload mid-application. */
const withDraft = (values: Record<string, string>) => async () => {
  sessionStorage.setItem(`zwgk-request-form:${location.pathname}`, JSON.stringify({ savedAt: Date.now(), values }));
  return {};
};

export const Organisation: Story = {
  name: '法人',
  loaders: [withDraft({ applicantType: '法人', 'organisation.name': '示例县某某建设有限公司', 'organisation.creditCode': '91350100M000100Y43' })],
};
export const RestoredDraft: Story = {
  name: 'Restored draft',
  loaders: [withDraft({ applicantType: '公民', 'citizen.name': '张三', 'citizen.phone': '13800138000', 'information.title': '2026年最低生活保障资金发放情况' })],
};
export const Receipt: Story = {
  render: ({ lang, elder }) => html`<div lang=${lang}>
    <zwgk-catalogue src="data/shixian.json">
      <zwgk-request-form ?elder=${elder} .receipt=${{
        code: 'YSQ20261122K7Q2M9', receivedAt: '2026-11-22T02:00:00Z', stage: '接收', stages: ['接收', '登记', '审核', '办理', '答复', '归档'],
        timeline: { received: '2026-11-22', supplementBy: '2026-12-01', replyBy: '2026-12-21', extendedReplyBy: '2027-01-19', estimate: true },
      }}></zwgk-request-form>
    </zwgk-catalogue>
  </div>`,
};

/** Presses 提交申请 once the element has rendered its form. */
async function pressSubmit(canvasElement: HTMLElement): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const button = canvasElement.querySelector('zwgk-request-form')?.querySelector<HTMLButtonElement>('form[part="form"] button[type="submit"]');
    if (button) {
      button.click();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const WithErrors: Story = {
  name: 'With errors',
  // Another story may have left a draft in this origin's sessionStorage; start empty.
  loaders: [async () => (sessionStorage.clear(), {})],
  play: async ({ canvasElement }) => pressSubmit(canvasElement),
};
export const NetworkFailure: Story = {
  name: 'Network failure (values kept)',
  // Port 9 (discard) is one no browser will connect to: the send fails like a dropped connection.
  parameters: { expectedFailedRequests: ['127.0.0.1:9/'] },
  loaders: [withDraft({
    applicantType: '公民', 'citizen.name': '张三', 'citizen.idType': '居民身份证', 'citizen.idNumber': '11010519491231002X', 'citizen.phone': '13800138000', 'citizen.address': '示例县人民路1号',
    'information.title': '2026年最低生活保障资金发放情况', provideForm: '电子', delivery: '邮寄', privacyConsent: 'yes',
  })],
  render: ({ lang, elder }) => html`<div lang=${lang}>
    <zwgk-catalogue src="data/shixian.json">
      <zwgk-request-form ?elder=${elder} persist-sensitive action="http://127.0.0.1:9/api/requests"></zwgk-request-form>
    </zwgk-catalogue>
  </div>`,
  play: async ({ canvasElement }) => pressSubmit(canvasElement),
};
