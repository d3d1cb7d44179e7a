import { css } from 'lit';

export const disclosureMapStyles = css`
  .controls, .fields, .layout, .map-footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zwgk-space-m) var(--zwgk-space-l);
  }
  .controls {
    margin-bottom: var(--zwgk-space-m);
  }
  .fields {
    align-items: flex-end;
  }
  fieldset {
    flex: 1 1 22em;
    margin: 0;
    padding: var(--zwgk-space-s) var(--zwgk-space-m) var(--zwgk-space-m);
    border: 1px solid var(--zwgk-color-border);
    border-radius: var(--zwgk-radius);
  }
  legend, dt, .name, .summary, .heading {
    font-weight: 700;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: var(--zwgk-space-xs);
  }
  select, button {
    min-height: 44px;
    max-width: 100%;
    padding: 0 var(--zwgk-space-m);
    font: inherit;
    color: var(--zwgk-color-text);
    background: var(--zwgk-color-bg);
    border: 2px solid var(--zwgk-color-border);
    border-radius: var(--zwgk-radius);
  }
  button {
    color: var(--zwgk-color-primary);
    border-color: var(--zwgk-color-primary);
    cursor: pointer;
  }
  .hint, .meta, .attribution, .catalogue-info {
    color: var(--zwgk-color-text-muted);
    font-size: 0.875em;
  }
  .hint, .summary, .attribution, dd, dd p, .channel p {
    margin: var(--zwgk-space-xs) 0;
  }
  .layout {
    align-items: flex-start;
  }
  .map-column {
    position: relative;
    flex: 3 1 20em;
    min-width: 0;
  }
  .list-column {
    flex: 2 1 18em;
    min-width: 0;
  }
  .with-map .list-column {
    max-height: var(--zwgk-map-list-height, 36em);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .map {
    height: 26em;
    height: var(--zwgk-map-height, min(26em, 70vh));
    border: 1px solid var(--zwgk-color-border);
    border-radius: var(--zwgk-radius);
    background: var(--zwgk-color-surface);
  }
  .map-status, .skip {
    position: absolute;
    z-index: 1001;
    top: var(--zwgk-space-s);
    left: var(--zwgk-space-s);
    margin: 0;
    padding: var(--zwgk-space-xs) var(--zwgk-space-s);
    background: var(--zwgk-color-bg);
  }
  .skip:not(:focus) {
    clip: rect(0 0 0 0);
    width: 1px;
    height: 1px;
    min-height: 0;
    overflow: hidden;
  }
  .map-footer {
    align-items: center;
    justify-content: space-between;
  }
  .note {
    flex: 1 1 100%;
    margin: 0;
    padding: var(--zwgk-space-m) var(--zwgk-space-l);
    background: var(--zwgk-color-warning-bg);
    border-left: 4px solid var(--zwgk-color-warning);
  }
  .note button {
    margin: 0 var(--zwgk-space-m);
  }
  .heading {
    margin: var(--zwgk-space-m) 0 var(--zwgk-space-s);
    font-size: 1.125em;
  }
  ol, ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .point, .channel {
    border-bottom: 1px solid var(--zwgk-color-border);
  }
  .point-button {
    display: flex;
    width: 100%;
    gap: var(--zwgk-space-s);
    align-items: flex-start;
    padding: var(--zwgk-space-s);
    color: var(--zwgk-color-text);
    text-align: start;
    border: 0;
    border-radius: 0;
  }
  .point-button:hover, .selected .point-button {
    background: var(--zwgk-color-surface);
  }
  .selected .point-button {
    box-shadow: inset 4px 0 0 var(--zwgk-color-danger);
  }
  .num {
    flex: none;
    min-width: 1.75em;
    line-height: 1.75em;
    text-align: center;
    font-size: 0.875em;
    font-weight: 700;
    color: var(--zwgk-color-primary-contrast);
    background: var(--zwgk-color-primary);
    border-radius: 0.875em;
  }
  .selected .num {
    background: var(--zwgk-color-danger);
  }
  .name {
    display: block;
    color: var(--zwgk-color-primary);
  }
  .meta {
    display: block;
  }
  .detail, .channel {
    padding: var(--zwgk-space-s) var(--zwgk-space-m) var(--zwgk-space-m);
  }
  .detail[hidden], .qr.broken {
    display: none;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0 var(--zwgk-space-m);
    margin: 0;
  }
  .tag {
    margin-right: var(--zwgk-space-m);
    padding: 0 var(--zwgk-space-s);
    color: var(--zwgk-color-success);
    border: 1px solid var(--zwgk-color-success);
    border-radius: var(--zwgk-radius);
  }
  .qr {
    display: block;
    width: 8em;
    height: 8em;
    margin-top: var(--zwgk-space-s);
    border: 1px solid var(--zwgk-color-border);
  }
  @media (max-width: 640px) {
    dl {
      grid-template-columns: 1fr;
    }
    .with-map .list-column {
      max-height: none;
    }
  }
  @media print {
    .controls, .map-column, .note button, button.reset {
      display: none !important;
    }
    .with-map .list-column {
      max-height: none;
      overflow: visible;
    }
    .detail[hidden] {
      display: block;
    }
    .point {
      break-inside: avoid;
    }
  }
`;
