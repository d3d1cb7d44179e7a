import { defineConfig, type Plugin } from 'vite';
import { existsSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withSiteChrome } from './demo/site-chrome.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The demo site's shared header and footer (demo/site-chrome.mjs). */
function demoSiteChrome(): Plugin {
  return {
    name: 'zwgk-demo-site-chrome',
    transformIndexHtml: (html, context) => withSiteChrome(html, basename(context.filename)),
  };
}

/** Elements with a `define.ts`: one autoloadable entry each (`dist/components/<name>/define.js`). */
// The staff desk is not autoloaded: the office's page imports it (zwgk-elements/request-desk), and
// public pages' shared chunks stay as they are without it.
const STAFF_ONLY = new Set(['request-desk']);
const elementNames = () => readdirSync(here('./src/components')).filter((name) => existsSync(here(`./src/components/${name}/define.ts`)) && !STAFF_ONLY.has(name)).sort();

/**
 * Whitespace too: Vite's library mode keeps whitespace and comments in ES output unless told
 * otherwise, and these files go straight to browsers, not through another bundler.
 */
const minifiedOutput = { minify: true, comments: false } as const;

/**
 * Two jobs: the demo county site (root `demo/`, served by demo/server.mjs in middleware mode),
 * and `vite build` (scripts/build-bundles.mjs), which emits
 * - by default, the drop-in bundle dist/zwgk-elements.js: one self-contained ES module with Lit,
 *   context and every element inside, so a CMS page needs a single script tag (offline installs);
 * - with `--mode autoload`, dist/zwgk-autoloader.js with one entry per element under
 *   dist/components/ and the code they share under dist/chunks/: a page downloads only the
 *   elements it uses.
 */
export default defineConfig(({ mode }) => ({
  root: here('./demo'),
  plugins: [demoSiteChrome()],
  publicDir: false,
  server: { fs: { allow: [here('.')] } },
  build: mode === 'autoload'
    ? {
      outDir: here('./dist'),
      emptyOutDir: false,
      target: 'es2021',
      minify: true,
      sourcemap: true,
      lib: {
        entry: {
          'zwgk-autoloader': here('./src/autoloader.ts'),
          ...Object.fromEntries(elementNames().map((name) => [`components/${name}/define`, here(`./src/components/${name}/define.ts`)])),
        },
        formats: ['es'],
        fileName: (_format: string, name: string) => `${name}.js`,
      },
      rolldownOptions: {
        output: {
          ...minifiedOutput,
          // The chunk every element needs is named for what it is, not for a module that happens to be in it.
          chunkFileNames: (chunk: { moduleIds: string[] }) =>
            chunk.moduleIds.some((id) => id.endsWith('/src/core/zwgk-element.ts')) ? 'chunks/runtime-[hash].js' : 'chunks/[name]-[hash].js',
        },
      },
    }
    : {
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
      rolldownOptions: {
        output: minifiedOutput,
        // The drop-in re-exports the format API (validateCatalogue), so the explanations that
        // other bundles load lazily are inside this one file, as an offline install wants.
        onLog(level, log, handler) {
          if (log.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') handler(level, log);
        },
      },
    },
}));
