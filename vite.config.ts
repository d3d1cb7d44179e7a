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

/**
 * The drop-in is one file (plus Leaflet's lazy chunk): modules that other bundles load as chunks
 * when needed are imported statically there. Without this, rolldown moves everything they share
 * with the entry into a second file and leaves the entry a facade. The validator
 * (lazy-validation.ts) is then ready at once.
 */
const EAGER_IN_DROP_IN: readonly (readonly [file: string, specifier: string])[] = [
  ['/src/catalogue/lazy-validation.ts', './quick-validate.js'],
  ['/src/components/catalogue-tree/catalogue-tree.ts', './item-extras.js'],
  ['/src/components/catalogue-tree/catalogue-tree.ts', './item-detail.js'],
  ['/src/components/catalogue-tree/catalogue-tree.ts', './filter-panel.js'],
  ['/src/components/catalogue-tree/catalogue-tree.ts', './chunk-state.js'],
  ['/src/components/catalogue-tree/catalogue-tree.ts', './search.js'],
  ['/src/components/catalogue-tree/messages.ts', './messages.en.js'],
  ['/src/components/catalogue-tree/item-extras.ts', '../records/define.js'],
  ['/src/components/policy-list/policy-list.ts', '../policy-card/define.js'],
];
function eagerImports() {
  return {
    name: 'zwgk-eager-imports',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      const found = EAGER_IN_DROP_IN.filter(([file]) => id.endsWith(file));
      if (!found.length) return undefined;
      let eager = code;
      const imports: string[] = [];
      found.forEach(([, specifier], n) => {
        const call = new RegExp(`(?<!typeof )import\\('${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}'\\)`, 'g');
        if (!call.test(eager)) throw new Error(`${id} no longer imports ${specifier} lazily: update EAGER_IN_DROP_IN in vite.config.ts`);
        const name = `__zwgkEager${n}`;
        imports.push(`import * as ${name} from '${specifier}';`);
        eager = eager.replace(call, `Promise.resolve(${name})`).replace('let validator: Validator | undefined;', `let validator: Validator | undefined = ${name};`);
      });
      return { code: `${imports.join('\n')}\n${eager}`, map: null };
    },
  };
}

/** Elements with a `define.ts`: one autoloadable entry each (`dist/components/<name>/define.js`). */
// The staff desk is not autoloaded: the office's page imports it (zwgk-elements/request-desk), and
// public pages' shared chunks stay as they are without it.
const STAFF_ONLY = new Set(['request-desk']);
const elementNames = () => readdirSync(here('./src/components')).filter((name) => existsSync(here(`./src/components/${name}/define.ts`)) && !STAFF_ONLY.has(name)).sort();

/**
 * What every element needs, in one file: Lit, context, the base element and the catalogue layer.
 * Left to itself, rolldown splits these by which entries reach them (lazy chunks count as entries),
 * into five files here; each gzip stream starts with an empty dictionary, so five files cost
 * about 1 kB gz more than one.
 */
const RUNTIME_MODULES = [
  /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/](index|lit-html|lit-element|reactive-element|css-tag)\.js$/,
  /node_modules[\\/]@lit[\\/]reactive-element[\\/]decorators[\\/](property|state)\.js$/,
  // The consumer's side of context only: the provider's is the <zwgk-catalogue> element's own.
  /node_modules[\\/]@lit[\\/]context[\\/]lib[\\/](context-root|context-request-event|create-context|controllers[\\/]context-consumer)\.js$/,
  /src[\\/]core[\\/](zwgk-element|consumer-element|idle|format)\.ts$/,
  /src[\\/]catalogue[\\/](controller|dates|problems)\.ts$/,
];
const isRuntimeModule = (id: string) => RUNTIME_MODULES.some((pattern) => pattern.test(id));

/**
 * Whitespace too: Vite's library mode keeps whitespace and comments in ES output unless told
 * otherwise, and these files go straight to browsers, not through another bundler.
 */
const minifiedOutput = { minify: true, comments: false } as const;

/**
 * Vite runs terser before rolldown's own minifier: 0.2 kB gz off the tree-only page (issue 16).
 * Safe options only: no `unsafe*`, no `pure_getters` (layout reads such as `offsetHeight` must stay).
 */
const terserOptions = { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } } as const;

/**
 * Two jobs: the demo county site (root `demo/`, served by demo/server.mjs in middleware mode),
 * and `vite build` (scripts/build-bundles.mjs), which emits
 * - by default, the drop-in bundle dist/zwgk-elements.js: one self-contained ES module with Lit,
 *   context and every element inside, so a CMS page needs a single script tag (offline installs);
 * - with `--mode autoload`, dist/zwgk-autoloader.js with one entry per element under
 *   dist/components/ and the code they share under dist/chunks/: a page downloads only the
 *   elements it uses.
 */
export default defineConfig(({ mode, command }) => ({
  root: here('./demo'),
  plugins: command === 'build' && mode !== 'autoload' ? [demoSiteChrome(), eagerImports()] : [demoSiteChrome()],
  publicDir: false,
  // Also for a plain `vite` on this config (demo/server.mjs blocks every dot-folder itself): the
  // legacy journals under demo/.data/ and the embedded database hold personal data (Vite's own
  // deny list first).
  server: { fs: { allow: [here('.')], deny: ['.env', '.env.*', '*.{crt,pem}', '**/.git/**', '**/.data/**', '**/.zwgk-data/**'] } },
  build: mode === 'autoload'
    ? {
      outDir: here('./dist'),
      emptyOutDir: false,
      target: 'es2021',
      minify: 'terser',
      terserOptions,
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
        // Terser is most of the build's time, by design: no warning about it on every build.
        checks: { bundlerTimings: false },
        output: {
          ...minifiedOutput,
          codeSplitting: { groups: [{ name: 'runtime', test: isRuntimeModule }] },
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
      minify: 'terser',
      terserOptions,
      sourcemap: true,
      lib: {
        entry: here('./src/index.ts'),
        formats: ['es'],
        fileName: () => 'zwgk-elements.js',
      },
      rolldownOptions: {
        checks: { bundlerTimings: false },
        output: minifiedOutput,
        // Modules that other bundles load lazily but src/index.ts imports (the explanations, the last
        // good copy) stay in this one file; 'strict' would split it into a facade and a shared chunk.
        preserveEntrySignatures: 'allow-extension',
        // The drop-in re-exports the format API (validateCatalogue), so the explanations that
        // other bundles load lazily are inside this one file, as an offline install wants.
        onLog(level, log, handler) {
          if (log.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') handler(level, log);
        },
      },
    },
}));
