import { css } from 'lit';

export const treeStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zwgk-space-m);
    align-items: flex-end;
    margin-bottom: var(--zwgk-space-s);
  }
  .search {
    display: flex;
    flex-direction: column;
    flex: 1 1 20em;
    gap: var(--zwgk-space-xs);
  }
  .search label {
    font-weight: 700;
  }
  input[type='search'],
  select {
    min-height: 44px;
    padding: 0 var(--zwgk-space-s);
    font: inherit;
    color: var(--zwgk-color-text);
    background: var(--zwgk-color-bg);
    border: 2px solid var(--zwgk-color-border);
    border-radius: var(--zwgk-radius);
  }
  .hint {
    color: var(--zwgk-color-text-muted);
    font-size: 0.875em;
  }
  button {
    min-height: 44px;
    padding: 0 var(--zwgk-space-l);
    border-radius: var(--zwgk-radius);
    cursor: pointer;
  }
  button.primary,
  .no-results button {
    color: var(--zwgk-color-primary-contrast);
    background: var(--zwgk-color-primary);
    border: 2px solid var(--zwgk-color-primary);
  }
  button.secondary {
    color: var(--zwgk-color-primary);
    background: var(--zwgk-color-bg);
    border: 2px solid var(--zwgk-color-primary);
  }
  .filters {
    flex: 1 1 100%;
    border: 1px solid var(--zwgk-color-border);
    border-radius: var(--zwgk-radius);
    padding: var(--zwgk-space-s) var(--zwgk-space-m);
  }
  .filters summary {
    cursor: pointer;
    font-weight: 700;
    min-height: 32px;
  }
  .filter-grid {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zwgk-space-m) var(--zwgk-space-xl);
    margin: var(--zwgk-space-s) 0;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--zwgk-space-xs);
    min-height: 32px;
    margin-inline-end: var(--zwgk-space-m);
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
  }
  .select {
    display: flex;
    flex-direction: column;
    font-weight: 700;
    gap: var(--zwgk-space-xs);
  }
  .summary {
    margin: var(--zwgk-space-s) 0;
    font-weight: 700;
  }
  .no-results {
    padding: var(--zwgk-space-l);
    background: var(--zwgk-color-surface);
    border-radius: var(--zwgk-radius);
  }
  .no-results p {
    margin: 0 0 var(--zwgk-space-s);
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--zwgk-space-l);
  }
  @media (min-width: 900px) {
    .layout {
      grid-template-columns: minmax(0, 5fr) minmax(0, 6fr);
    }
  }
  .viewport {
    height: var(--zwgk-tree-height, 32em);
    overflow: auto;
    border: 1px solid var(--zwgk-color-border);
    border-radius: var(--zwgk-radius);
    background: var(--zwgk-color-bg);
  }
  .tree {
    margin: 0;
    padding: 0;
  }
  .row {
    display: flex;
    align-items: center;
    gap: var(--zwgk-space-s);
    box-sizing: border-box;
    height: var(--zwgk-tree-row-height, 2.75em);
    padding-inline-end: var(--zwgk-space-s);
    color: var(--zwgk-color-text);
    text-decoration: none;
    white-space: nowrap;
    overflow: hidden;
    cursor: pointer;
    border-bottom: 1px solid var(--zwgk-color-surface);
  }
  .row.detached {
    position: absolute;
    left: -10000px;
  }
  .row:hover {
    background: var(--zwgk-color-surface);
  }
  .row:focus-visible {
    outline-offset: -3px;
  }
  .row.domain {
    font-weight: 700;
  }
  .row.item {
    color: var(--zwgk-color-primary);
  }
  .row[aria-selected='true'] {
    color: var(--zwgk-color-primary-contrast);
    background: var(--zwgk-color-primary);
  }
  .label {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .twisty {
    display: inline-block;
    width: 1em;
    flex: none;
  }
  .count,
  .tag {
    flex: none;
    margin-inline-start: auto;
    color: var(--zwgk-color-text-muted);
    font-size: 0.875em;
    font-weight: 400;
  }
  .tag {
    margin-inline-start: var(--zwgk-space-xs);
    padding: 0 var(--zwgk-space-xs);
    border: 1px solid currentColor;
    border-radius: var(--zwgk-radius);
  }
  .row[aria-selected='true'] .tag {
    color: inherit;
  }
  mark {
    color: inherit;
    background: #ffe58a;
    font-weight: 700;
  }
  .detail {
    padding: var(--zwgk-space-l);
    border: 1px solid var(--zwgk-color-border);
    border-radius: var(--zwgk-radius);
  }
  .detail.empty {
    color: var(--zwgk-color-text-muted);
    background: var(--zwgk-color-surface);
  }
  .detail-title {
    margin: 0 0 var(--zwgk-space-m);
    font-size: 1.25em;
    font-weight: 700;
  }
  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--zwgk-space-s) var(--zwgk-space-l);
    margin: 0 0 var(--zwgk-space-m);
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  dd ul,
  dd ol {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .channels {
    list-style: none;
    padding: 0;
  }
  .catalogue-info {
    margin: var(--zwgk-space-m) 0 0;
    color: var(--zwgk-color-text-muted);
    font-size: 0.875em;
  }
  .changelog summary {
    cursor: pointer;
    padding-block: 0.5em;
  }
  .changelog a {
    color: var(--zwgk-color-primary);
  }
  .print-table {
    display: none;
  }
  @media print {
    .toolbar, .viewport, .detail, .no-results {
      display: none !important;
    }
    .print-table {
      display: table;
      width: 100%;
      border-collapse: collapse;
      font-size: 10pt;
    }
    .print-table th, .print-table td {
      border: 1px solid #000;
      padding: 2pt 4pt;
      vertical-align: top;
    }
  }
`;
