import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Two jobs: the demo county site (root `demo/`, served by demo/server.mjs in middleware mode),
 * and `vite build`, which emits the drop-in bundle dist/zwgk-elements.js: one self-contained ES
 * module with Lit, context and zod/mini inside, so a CMS page needs a single script tag.
 */
export default defineConfig({
  root: here('./demo'),
  publicDir: false,
  server: { fs: { allow: [here('.')] } },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2021',
    minify: true,
    sourcemap: true,
    lib: {
      entry: here('./src/index.ts'),
      formats: ['es'],
      fileName: () => 'zwgk-elements.js',
    },
  },
});
