/**
 * Helpers for the form elements' tests (request form, open-day sign-up): what assistive technology
 * is told about the controls, what sticks out of a narrow screen, and a sign-up made once per run
 * so that a second one with the same phone number meets the server's real 409.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface AxNode {
  role: string;
  name: string;
  required: boolean;
}

/** The element's own node in the browser's accessibility tree (test/server/ax-node-plugin.mjs). */
export async function axNode(element: Element): Promise<AxNode> {
  element.setAttribute('data-ax-probe', '');
  try {
    const node = await executeServerCommand<AxNode | null, { selector: string }>('ax-node', { selector: '[data-ax-probe]' });
    if (!node) throw new Error(`<${element.localName}> has no node in the accessibility tree`);
    return node;
  } finally {
    element.removeAttribute('data-ax-probe');
  }
}

/**
 * Whether assistive technology is told that a control must be answered. Text fields report it in
 * the accessibility tree, and a radio button through its radio group. Chromium's DevTools view of
 * the tree lists `required` for those roles only (ARIA 1.1's list), not for a select or a checkbox,
 * whose `required` attribute HTML-AAM maps to the platform's required state: for them the attribute
 * is what can be checked.
 */
export async function reportsRequired(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): Promise<boolean> {
  if (control instanceof HTMLSelectElement || control.type === 'checkbox' || control.type === 'file') return control.required;
  if (control.type === 'radio') {
    const group = control.closest('[role="radiogroup"]');
    return group ? (await axNode(group)).required : false;
  }
  return (await axNode(control)).required;
}

/** The name a control is announced by: its `<label for>`, or the label wrapped around it. */
export function labelOf(control: HTMLElement): string {
  const label = control.closest('label') ?? (control.id ? control.ownerDocument.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null);
  return (label?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function visuallyHidden(element: Element | null): boolean {
  for (let node = element; node; node = node.parentElement) {
    const box = node.getBoundingClientRect();
    if (box.width <= 1 && box.height <= 1 && getComputedStyle(node).overflow === 'hidden') return true;
  }
  return false;
}

/**
 * What a reader would have to scroll sideways for: elements and runs of text (measured by their
 * own line boxes, so text overflowing its box counts) whose right edge is beyond `width`.
 * Text for screen readers only (visually hidden) does not count.
 */
export function beyond(root: Element, width: number): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const isText = node.nodeType === Node.TEXT_NODE;
    if (isText && !node.textContent!.trim()) continue;
    if (visuallyHidden(isText ? node.parentElement : (node as Element))) continue;
    let right: number;
    if (isText) {
      const range = document.createRange();
      range.selectNodeContents(node);
      right = Math.max(0, ...[...range.getClientRects()].map((r) => r.right));
    } else right = (node as Element).getBoundingClientRect().right;
    if (right > width + 0.5) found.push(`${isText ? `“${node.textContent!.trim().slice(0, 24)}”` : `<${(node as Element).localName} class="${(node as Element).getAttribute('class') ?? ''}">`} reaches ${Math.round(right)} px`);
  }
  return found;
}

/** Unbroken strings county data really has: an e-mail address, a URL, a long code. */
export const UNBROKEN = {
  email: 'xinxigongkai.shixianrenminzhengfubangongshi@shixian.example.gov.cn',
  url: 'https://www.shixian.example.gov.cn/zwgk/ysqgk/bangzhu/index_2026_shenqing_zhinan.html',
  code: 'YSQ2026ABCDEFGHJKLMNPQRSTUVWXYZ',
};

/** The phone the refusal tests sign up with once (to od-t-review/s1 of the test catalogue). */
export const SIGNED_UP_PHONE = '13800138077';

/** Signs SIGNED_UP_PHONE up once per test run; later calls meet the 409 and leave it so. */
export async function signUpOnce(eventId = 'od-t-review', sessionId = 's1', phone = SIGNED_UP_PHONE): Promise<void> {
  await fetch(`/api/open-days/${eventId}/sessions/${sessionId}/signups`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': `signed-up-once-${eventId}-${sessionId}-${phone}` },
    body: JSON.stringify({ name: '周九', phone, fields: { consent: 'yes' } }),
  });
}

/** Types into text fields, ticks boxes and picks radios as a reader would, by the element's field ids (`field-<key>`). */
export async function typeInto(el: HTMLElement & { uid(local: string): string; updateComplete: Promise<unknown> }, values: Record<string, string>): Promise<void> {
  for (const [key, value] of Object.entries(values)) {
    const control = el.querySelector<HTMLInputElement>(`#${CSS.escape(el.uid(`field-${key}`))}`);
    if (!control) throw new Error(`no field ${key} in <${el.localName}>`);
    if (control.type === 'radio') {
      el.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(control.name)}"][value="${CSS.escape(value)}"]`)!.click();
    } else if (control.type === 'checkbox') {
      if (control.checked !== (value === 'yes')) control.click();
    } else {
      control.value = value;
      control.dispatchEvent(new Event(control.tagName === 'SELECT' ? 'change' : 'input'));
    }
    await el.updateComplete;
  }
}
