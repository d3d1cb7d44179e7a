/**
 * Transitional (issue 15): the shadow-root styles of elements not yet moved to the light DOM
 * (`static shadow = true`). Deleted when the last element is converted.
 */
import { css } from 'lit';

/** Transitional: the shadow-root tokens of elements not yet moved to the light DOM (`static shadow = true`). */
export const shadowTokens = css`
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

/** Transitional: the loading and error views in a shadow root (`static shadow = true`). */
export const shadowLoadStateStyles = css`
  .zwgk-status {
    padding: var(--zwgk-space-m) var(--zwgk-space-l);
    color: var(--zwgk-color-text-muted);
    background: var(--zwgk-color-surface);
    border-radius: var(--zwgk-radius);
  }
  .zwgk-error {
    padding: var(--zwgk-space-l);
    color: var(--zwgk-color-text);
    background: var(--zwgk-color-danger-bg);
    border: 2px solid var(--zwgk-color-danger);
    border-radius: var(--zwgk-radius);
  }
  .zwgk-error h2 {
    margin: 0 0 var(--zwgk-space-s);
    font-size: 1.125em;
    color: var(--zwgk-color-danger);
  }
  .zwgk-error p {
    margin: 0 0 var(--zwgk-space-s);
  }
  .zwgk-error ul {
    margin: var(--zwgk-space-s) 0 0;
    padding-inline-start: 1.5em;
  }
  .zwgk-error code {
    font-family: ui-monospace, Consolas, monospace;
    word-break: break-all;
  }
  .zwgk-error button {
    margin-top: var(--zwgk-space-s);
    min-height: 44px;
    padding: 0 var(--zwgk-space-l);
    color: var(--zwgk-color-primary-contrast);
    background: var(--zwgk-color-primary);
    border: 0;
    border-radius: var(--zwgk-radius);
    cursor: pointer;
  }
`;
