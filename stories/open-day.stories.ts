import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/catalogue/define.js';
import '../src/components/open-day/define.js';

// Storybook has no sign-up server: the request for places left fails (expected, so the story walk
// in npm test accepts it), places left are not shown, and sending fails with the network message,
// which is itself one of the states designers review.
interface Args {
  lang: string;
  elder: boolean;
  now: string;
  hideRemaining: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/zwgk-open-day',
  component: 'zwgk-open-day',
  args: { lang: 'zh-CN', elder: false, now: '2026-11-22T10:00:00+08:00', hideRemaining: false },
  argTypes: { lang: { control: 'inline-radio', options: ['zh-CN', 'en'] } },
  parameters: { expectedFailedRequests: ['/api/open-days'] },
  render: ({ lang, elder, now, hideRemaining }) => html`<div lang=${lang}>
    <zwgk-catalogue src="data/shixian.json">
      <zwgk-open-day ?elder=${elder} now=${now} ?hide-remaining=${hideRemaining}></zwgk-open-day>
    </zwgk-catalogue>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Open: Story = {};
export const Closed: Story = { name: 'Closed (after the deadlines)', args: { now: '2027-03-10T10:00:00+08:00' } };
export const HiddenRemaining: Story = { name: 'Places left hidden', args: { hideRemaining: true } };
export const Elder: Story = { args: { elder: true } };
export const English: Story = { args: { lang: 'en' } };

const signup = (status: 'confirmed' | 'pending' | 'waitlisted' | 'cancelled') => ({ code: 'KF7Q2M9D4H', eventId: 'od-2027-edu', sessionId: 'am', status, name: '张三' });
const withSignup = (status: 'confirmed' | 'pending' | 'waitlisted' | 'cancelled'): Story['render'] => ({ lang, elder, now }) => html`<div lang=${lang}>
  <zwgk-catalogue src="data/shixian.json">
    <zwgk-open-day ?elder=${elder} now=${now} .signup=${signup(status)}></zwgk-open-day>
  </zwgk-catalogue>
</div>`;

export const Confirmed: Story = { render: withSignup('confirmed') };
export const DrawPending: Story = { name: 'Draw or review: pending', render: withSignup('pending') };
export const Waitlisted: Story = { name: 'Full: waitlisted', render: withSignup('waitlisted') };
export const Cancelled: Story = { render: withSignup('cancelled') };

/** The sample county with one open event whose session capacity makes the wanted state. */
async function withCapacity(capacity: number, waitlist: boolean) {
  const data = await (await fetch('data/shixian.json')).json();
  const event = data.openDays.find((e: { id: string }) => e.id === 'od-2026-dec');
  event.registration = { ...event.registration, selection: 'first_come', waitlist, showRemaining: true };
  event.sessions = [{ ...event.sessions[0], capacity }];
  data.openDays = [event];
  return data;
}

export const NearlyFull: Story = {
  name: 'Nearly full',
  loaders: [async () => ({ data: await withCapacity(1, false) })],
  render: (args, { loaded }) => html`<div lang=${args.lang}><zwgk-open-day now=${args.now} .catalogue=${loaded.data}></zwgk-open-day></div>`,
};
export const FullWithWaitlist: Story = {
  name: 'Full, with waitlist',
  loaders: [async () => ({ data: await withCapacity(0, true) })],
  render: (args, { loaded }) => html`<div lang=${args.lang}><zwgk-open-day now=${args.now} .catalogue=${loaded.data}></zwgk-open-day></div>`,
};
