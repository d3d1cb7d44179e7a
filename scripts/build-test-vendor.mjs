#!/usr/bin/env node
// React 19 ships CommonJS only; the browser tests import this ESM bundle of it instead
// (.cache/vendor/react.js). Vue 3 has its own ESM browser build and needs nothing.
import { build } from 'esbuild';

await build({
  stdin: {
    contents: `export { createElement } from 'react'; export { createRoot } from 'react-dom/client'; export { flushSync } from 'react-dom';`,
    resolveDir: new URL('..', import.meta.url).pathname,
    loader: 'js',
  },
  bundle: true, format: 'esm', minify: true, outfile: new URL('../.cache/vendor/react.js', import.meta.url).pathname,
  define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error',
});
