/**
 * Design tokens and the host reset every zwgk element starts from. Sizes are px or em on :host,
 * never rem, so a host page's `html{font-size:62.5%}` cannot shrink the components; inherited
 * properties that legacy CMS pages like to set (text-align, letter-spacing…) are reset here.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --zwgk-color-text: #1f1f1f;
    --zwgk-color-text-muted: #4a4a4a;
    --zwgk-color-primary: #0b4f9c;
    --zwgk-color-primary-contrast: #ffffff;
    --zwgk-color-danger: #a4161a;
    --zwgk-color-danger-bg: #fdecec;
    --zwgk-color-warning: #7a4d00;
    --zwgk-color-warning-bg: #fff4d6;
    --zwgk-color-success: #1e6b35;
    --zwgk-color-bg: #ffffff;
    --zwgk-color-surface: #f4f6f9;
    --zwgk-color-border: #767f8c;
    --zwgk-color-focus: #0b4f9c;
    --zwgk-font-family: 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', system-ui, sans-serif;
    --zwgk-font-size: 16px;
    --zwgk-line-height: 1.6;
    --zwgk-space-xs: 4px;
    --zwgk-space-s: 8px;
    --zwgk-space-m: 12px;
    --zwgk-space-l: 16px;
    --zwgk-space-xl: 24px;
    --zwgk-radius: 4px;
    --zwgk-focus-ring: 3px solid var(--zwgk-color-focus);

    display: block;
    box-sizing: border-box;
    color: var(--zwgk-color-text);
    font-family: var(--zwgk-font-family);
    font-size: var(--zwgk-font-size);
    font-weight: 400;
    font-style: normal;
    line-height: var(--zwgk-line-height);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    visibility: visible;
  }
  /* 适老化 (elder mode): text ≥ 18 px, line height ≥ 1.5, contrast ≥ 7:1. */
  :host([elder]),
  :host([data-zwgk-elder]) {
    --zwgk-color-text: #000000;
    --zwgk-color-text-muted: #1f1f1f;
    --zwgk-color-primary: #003478;
    --zwgk-color-danger: #7a0000;
    --zwgk-color-warning: #4d3000;
    --zwgk-color-success: #0f4220;
    --zwgk-color-border: #3d3d3d;
    --zwgk-color-focus: #000000;
    --zwgk-font-size: 20px;
    --zwgk-line-height: 1.75;
  }
  :host([hidden]) {
    display: none !important;
  }
  *, *::before, *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--zwgk-focus-ring);
    outline-offset: 2px;
  }
  a {
    color: var(--zwgk-color-primary);
    text-decoration: underline;
  }
  button {
    font: inherit;
    line-height: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
