/**
 * Design tokens and the base stylesheet every zwgk element starts from (see light-dom.ts for the
 * specificity strategy). Sizes are px or em, never rem, so a host page's `html{font-size:62.5%}`
 * cannot shrink the components; inherited properties legacy CMS pages like to set (text-align,
 * letter-spacing…) are set on the host.
 *
 * A page themes with the public `--zwgk-*` names on the element or any ancestor; rules read the
 * private copies `--_zwgk-*`, which fall back to the defaults below (and to the elder palette).
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import { RESET_PROPERTIES, scope } from './light-dom.js';

/**
 * Public token name (without `--zwgk-`), its default and its elder-mode value (when it changes), as
 * `name:default[:elder]` entries separated by `;` (a compact table: this ships in every page).
 */
const TOKEN_TABLE =
  'color-text:#1f1f1f:#000000;color-text-muted:#4a4a4a:#1f1f1f;color-primary:#0b4f9c:#003478;color-primary-contrast:#ffffff;' +
  'color-danger:#a4161a:#7a0000;color-danger-bg:#fdecec;color-warning:#7a4d00:#4d3000;color-warning-bg:#fff4d6;' +
  'color-success:#1e6b35:#0f4220;color-bg:#ffffff;color-surface:#f4f6f9;color-border:#767f8c:#3d3d3d;color-focus:#0b4f9c:#000000;' +
  "font-family:'PingFang SC','Microsoft YaHei','Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei',system-ui,sans-serif;" +
  // Secondary text (counts, hints, tags): 14 px, and never under 18 px in elder mode.
  'font-size:16px:20px;font-size-small:0.875em:0.9em;line-height:1.6:1.75;' +
  'space-xs:4px;space-s:8px;space-m:12px;space-l:16px;space-xl:24px;radius:4px;focus-ring:3px solid var(--_zwgk-color-focus)';

/** Public token name → [default, elder-mode value]. */
export const TOKENS: Readonly<Record<string, readonly [string, string?]>> = Object.fromEntries(
  TOKEN_TABLE.split(';').map((entry) => {
    const [name, value, elder] = entry.split(':'); // no value holds a colon
    return [name!, [value!, elder] as const];
  }),
);

function declarations(elder: boolean): string {
  return Object.entries(TOKENS)
    .filter(([, [, elderValue]]) => !elder || elderValue !== undefined)
    .map(([name, [value, elderValue]]) => `--_zwgk-${name}:var(--zwgk-${name},${elder ? elderValue : value});`)
    .join('');
}

const RESET = unsafeCSS(RESET_PROPERTIES.map((property) => `${property}:revert;`).join(''));
const NORMAL_TOKENS = unsafeCSS(declarations(false));
const ELDER_TOKENS = unsafeCSS(declarations(true));

/**
 * The host, its tokens, the reset under `.zwgk-body`, and the rules every element shares. On the
 * host: the inherited properties legacy pages like to set, and long unbroken strings (e-mail
 * addresses, 索引号, URLs) break instead of overflowing at 320 px. `[elder]` and the page-wide
 * `[data-zwgk-elder]` switch to the elder palette (text ≥ 18 px, line height ≥ 1.5, 7:1 contrast).
 * Host sheets strip list markers, underlines and focus outlines with `!important`: ours keep
 * theirs. Screen-reader text is `!important` so that no design rule gives it a box back.
 */
export function baseStyles(tag: string): CSSResult {
  const { host, body } = scope(tag);
  return css`
${host}{${NORMAL_TOKENS}display:block;box-sizing:border-box;color:var(--_zwgk-color-text);font-family:var(--_zwgk-font-family);font-size:var(--_zwgk-font-size);font-weight:400;font-style:normal;line-height:var(--_zwgk-line-height);letter-spacing:normal;word-spacing:normal;text-align:start;text-indent:0;text-transform:none;white-space:normal;visibility:visible;overflow-wrap:break-word;overflow-wrap:anywhere;word-break:normal}
${host}[elder],${host}[data-zwgk-elder]{${ELDER_TOKENS}}
${host}[hidden]{display:none!important}
${body},${body} *,${body} *::before,${body} *::after{${RESET}box-sizing:border-box}
${body}{display:block}
${body} ul,${body} ol{list-style:revert!important}
${body} li{list-style:inherit!important}
${body} a{color:var(--_zwgk-color-primary);text-decoration:underline!important}
${body} :focus-visible{outline:var(--_zwgk-focus-ring)!important;outline-offset:2px!important}
${body} button,${body} input,${body} select,${body} textarea{font:inherit;line-height:inherit;color:inherit}
${body} ::placeholder{color:var(--_zwgk-color-text-muted);opacity:1}
${body} .zwgk-visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:-1px!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;white-space:nowrap!important;border:0!important}
@media (prefers-reduced-motion:reduce){${body} *,${body} *::before,${body} *::after{transition:none!important;animation:none!important;scroll-behavior:auto!important}}
`;
}
