/**
 * A test double of the 无障碍 toolbars Chinese government sites inject (DOMAIN-PRACTICE §5.3), built
 * from what two open-source ones really do:
 *
 * - qiutian00/assist-tool (a cniil-style 无障碍插件: 指读, 大字幕, 页面缩放): a `mouseover` listener on
 *   `<body>` speaks `event.target`: a link's or a leaf's `innerText`, or the `innerText` of an element
 *   with fewer than 5 children, else nothing; page zoom sets `zoom` on `<body>`'s children.
 * - BaAccessibility (bestaddon): reads only elements that hold a text node of their own, found by a
 *   TreeWalker from `document.body` (连读); enlarges text by writing `el.style.fontSize` on each of
 *   them; zooms with `zoom` on `<html>`.
 * - The `body * { … !important }` recolouring and enlarging rules of the cniil/ABT.js family.
 *
 * A shadow root hides everything from these: `event.target` is retargeted to the host (no text of its
 * own), the walk from `<body>` does not enter it, and `body *` rules do not reach inside it.
 */
import { resetMouse, sendMouse } from '@web/test-runner-commands';

/** What the toolbar speaks for an element under the mouse (assist-tool's rule, without its role prefix). */
export function spokenText(target: EventTarget | null): string {
  if (!(target instanceof HTMLElement)) return '';
  const text = (target.innerText ?? '').trim();
  if (target.tagName === 'A' || target.getAttribute('role') === 'link') return text;
  if (target.children.length < 5) return text;
  return '';
}

/** Does the element hold a non-blank text node of its own (BaAccessibility's "text" nodes)? */
function holdsText(element: Element): boolean {
  return [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
}

function isRendered(element: Element): boolean {
  if (element.getClientRects().length === 0) return false;
  // The closed part of a <details> is laid out but skipped (content-visibility): nobody sees it.
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (check && !check.call(element)) return false;
  return getComputedStyle(element).visibility !== 'hidden';
}

/**
 * The one documented exception: the map canvas (`.zwgk-map`'s shadow root: tiles and numbered
 * markers whose names are also in the list) cannot be reached by `body *` rules.
 */
const isMapCanvas = (host: Element) => host.classList.contains('zwgk-map');

/** Text-bearing elements inside `root`, in document order. `composed` also walks open shadow roots (to measure shadow rendering). */
export function textBearers(root: Element, composed = true): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: Element) => {
    if (node instanceof HTMLElement && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName) && holdsText(node) && isRendered(node)) found.push(node);
    if (composed && node.shadowRoot && !isMapCanvas(node)) [...node.shadowRoot.children].forEach(visit);
    [...node.children].forEach(visit);
  };
  visit(root);
  return found;
}

/** The first text node (light DOM, then open shadow roots) that contains `word`, and its offset. */
function findText(root: Node, word: string): { node: Text; offset: number } | undefined {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.shift()!;
    if (node.nodeType === Node.TEXT_NODE) {
      const offset = node.textContent!.indexOf(word);
      if (offset >= 0 && node.parentElement && isRendered(node.parentElement)) return { node: node as Text, offset };
      continue;
    }
    if (node instanceof Element && ['SCRIPT', 'STYLE'].includes(node.tagName)) continue;
    const children: Node[] = [...node.childNodes];
    if (node instanceof Element && node.shadowRoot) children.unshift(node.shadowRoot);
    stack.unshift(...children);
  }
  return undefined;
}

export interface PointReading {
  /** `event.target` as a listener on `<body>` saw it. */
  readonly target: EventTarget | null;
  /** What the toolbar speaks. */
  readonly text: string;
}

/**
 * 指读: moves the mouse onto the middle of `word` (as drawn inside `within`) and returns what a
 * toolbar listening for `mouseover` on `<body>` hears.
 */
export async function pointRead(word: string, within: Element): Promise<PointReading> {
  const found = findText(within, word);
  if (!found) throw new Error(`“${word}” is not drawn inside <${within.localName}>`);
  found.node.parentElement!.scrollIntoView({ block: 'center', inline: 'nearest' });
  const range = document.createRange();
  range.setStart(found.node, found.offset);
  range.setEnd(found.node, found.offset + word.length);
  const box = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0) ?? range.getBoundingClientRect();
  let target: EventTarget | null = null;
  const listen = (event: Event) => (target = event.target);
  await resetMouse();
  document.body.addEventListener('mouseover', listen);
  try {
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  } finally {
    document.body.removeEventListener('mouseover', listen);
    await resetMouse();
  }
  return { target, text: spokenText(target) };
}

/**
 * 连读: the text a walk over `document.body`'s text nodes reads, in document order (the toolbars
 * collect the elements that hold text, as BaAccessibility does, and speak them in that order).
 */
export function readAloud(): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const parent = node.parentElement;
    if (!parent || ['SCRIPT', 'STYLE', 'TEMPLATE'].includes(parent.tagName) || !node.textContent!.trim() || !isRendered(parent)) continue;
    parts.push(node.textContent!.trim());
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** The phrases missing from `text`, or out of order (each must come after the previous one). */
export function outOfOrder(text: string, phrases: readonly string[]): string[] {
  const problems: string[] = [];
  let from = 0;
  for (const phrase of phrases) {
    const at = text.indexOf(phrase, from);
    if (at < 0) problems.push(text.includes(phrase) ? `${phrase} (out of order)` : `${phrase} (missing)`);
    else from = at + phrase.length;
  }
  return problems;
}

/** Injects a toolbar stylesheet the way the toolbars do (a `<style>` at the end of `<body>`); returns its remover. */
export function injectToolbarCss(cssText: string): () => void {
  const style = document.createElement('style');
  style.dataset['toolbar'] = '';
  style.textContent = cssText;
  document.body.append(style);
  return () => style.remove();
}

/** 配色: the recolouring rule of the cniil/ABT.js family. */
export const RECOLOUR = 'body * { color: #ff0 !important; background: #000 !important; }';

/** Text-bearing elements of `root` whose text or background the recolouring did not reach. */
export function unrecoloured(root: Element): string[] {
  return textBearers(root)
    .filter((element) => {
      const style = getComputedStyle(element);
      return style.color !== 'rgb(255, 255, 0)' || style.backgroundColor !== 'rgb(0, 0, 0)';
    })
    .map((element) => `<${element.localName}${element.className ? ` class="${element.className}"` : ''}> “${element.textContent!.trim().slice(0, 20)}”`);
}

/** BaAccessibility's text enlargement: every text-bearing element under <body> gets `style.fontSize = original × factor`. Returns an undo. */
export function enlargeByScript(factor: number): () => void {
  const touched: [HTMLElement, string][] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
  while (walker.nextNode()) {
    const element = walker.currentNode as HTMLElement;
    if (!holdsText(element) || ['SCRIPT', 'STYLE'].includes(element.tagName)) continue;
    touched.push([element, element.style.fontSize]);
  }
  // Read every size first, then write, as the toolbar stores its originals before changing them.
  const sizes = touched.map(([element]) => parseFloat(getComputedStyle(element).fontSize));
  touched.forEach(([element], i) => element.style.setProperty('font-size', `${sizes[i]! * factor}px`));
  return () => touched.forEach(([element, before]) => element.style.setProperty('font-size', before));
}

/** Page zoom on `<body>` (assist-tool zooms `<body>`'s children in 0.1 steps up to 1.3). Returns an undo. */
export function zoomBody(factor: number): () => void {
  const before = document.body.style.getPropertyValue('zoom');
  document.body.style.setProperty('zoom', String(factor));
  return () => document.body.style.setProperty('zoom', before);
}

/** The part of an element's box not clipped away by scrolling or overflow-hidden ancestors. */
function visibleBox(element: Element): DOMRect | undefined {
  let box = element.getBoundingClientRect();
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const overflow = getComputedStyle(parent);
    if (overflow.overflowX === 'visible' && overflow.overflowY === 'visible') continue;
    const clip = parent.getBoundingClientRect();
    const left = Math.max(box.left, clip.left), top = Math.max(box.top, clip.top);
    const right = Math.min(box.right, clip.right), bottom = Math.min(box.bottom, clip.bottom);
    if (right <= left || bottom <= top) return undefined;
    box = new DOMRect(left, top, right - left, bottom - top);
  }
  return box;
}

/** Pairs of text-bearing elements inside `root` whose visible boxes overlap (text drawn over text), and text cut off by its own box. */
export function overlappingText(root: Element): string[] {
  const bearers = textBearers(root).filter((e) => e.getBoundingClientRect().width > 2);
  const boxes = bearers.map((element) => ({ element, box: visibleBox(element) }));
  const problems: string[] = [];
  const label = (e: Element) => `“${e.textContent!.trim().slice(0, 16)}”`;
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    if (!a.box) continue;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j]!;
      if (!b.box || a.element.contains(b.element) || b.element.contains(a.element)) continue;
      const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (width > 2 && height > 2) problems.push(`${label(a.element)} overlaps ${label(b.element)}`);
    }
    const style = getComputedStyle(a.element);
    if (style.textOverflow === 'ellipsis' && a.element.scrollWidth > a.element.clientWidth + 1) problems.push(`${label(a.element)} is cut off`);
  }
  return problems;
}

/** Font sizes (px) of the text-bearing elements inside `root`. */
export function fontSizes(root: Element): Map<Element, number> {
  return new Map(textBearers(root).map((element) => [element, parseFloat(getComputedStyle(element).fontSize)]));
}

/** The text-bearing elements (still on the page) whose font size is not at least `least(before)`. */
export function notEnlarged(before: Map<Element, number>, root: Element, least: (size: number) => number): string[] {
  const after = fontSizes(root);
  return [...before]
    .filter(([element]) => element.isConnected && after.has(element))
    .filter(([element, size]) => after.get(element)! < least(size) - 0.01)
    .map(([element, size]) => `“${element.textContent!.trim().slice(0, 16)}” ${size}px → ${after.get(element)}px`);
}
