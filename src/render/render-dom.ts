/**
 * The Node side of `zwgk render`: one happy-dom window running the elements' own browser code
 * (src/render/runtime.ts, embedded as text at build time). happy-dom rather than linkedom: both
 * were tried on the policy card, and linkedom left Lit's attribute bindings unprocessed
 * (`class$lit$=` in the output, bound text missing), while happy-dom's output matched Chromium's.
 * Nothing is fetched: the catalogue is handed to each element as a property, and script, CSS and
 * frame loading are switched off.
 */
import { Window } from 'happy-dom';
import runtimeCode from 'zwgk:render-runtime';
import type { RenderApi, RenderRequest, RenderResult } from './runtime.js';

export type { RenderRequest, RenderResult };

export interface Renderer {
  render(request: RenderRequest): Promise<RenderResult>;
  renderItemStandards(request: Omit<RenderRequest, 'tag' | 'attributes'>, ids: readonly string[], headingLevel: number): Promise<RenderResult[]>;
  rendersInLightDom(tag: string): boolean;
  stylesheet(): string;
  close(): Promise<void>;
}

export function openRenderer(): Renderer {
  const window = new Window({
    url: 'https://zwgk-render.invalid/',
    width: 1280,
    height: 900,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableErrorCapturing: false,
      navigator: { userAgent: 'zwgk-render' },
    },
  });
  window.document.write('<!doctype html><html lang="zh-CN"><head></head><body></body></html>');
  (window as unknown as { eval(code: string): unknown }).eval(runtimeCode);
  const api = (window as unknown as { zwgkRender: RenderApi }).zwgkRender;
  return {
    render: (request) => api.render(request),
    renderItemStandards: (request, ids, level) => api.renderItemStandards(request, ids, level),
    rendersInLightDom: (tag) => api.rendersInLightDom(tag),
    stylesheet: () => api.stylesheet(),
    close: () => window.happyDOM.close(),
  };
}
