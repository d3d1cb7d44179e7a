// Bundles the CLI (src/cli/main.ts and the catalogue schema it uses, zod included) into one
// dependency-free file, dist/cli/zwgk.mjs, which bin/zwgk.mjs starts. Run by `prepare`, `test`,
// `build`, and by bin/zwgk.mjs itself when the bundle is missing. `zwgk render` runs the elements
// themselves in happy-dom: their browser build (src/render/runtime.ts, bundled as for a browser)
// is embedded in the CLI as text by renderRuntimePlugin().
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from './bundle-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CLI_BUNDLE = fileURLToPath(new URL('../dist/cli/zwgk.mjs', import.meta.url));

/**
 * Resolves `zwgk:render-runtime` to the text of src/render/runtime.ts bundled for a browser (Lit's
 * browser build, every element, `?inline` CSS as Vite reads it): what `zwgk render` evaluates in
 * its happy-dom window. Shared by the offline package's single-file CLI.
 */
export function renderRuntimePlugin() {
  const require = createRequire(import.meta.url);
  const inlineCss = {
    name: 'zwgk-inline-css',
    setup(build) {
      build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({ path: require.resolve(args.path.replace(/\?inline$/, ''), { paths: [args.resolveDir] }), namespace: 'zwgk-inline-css' }));
      build.onLoad({ filter: /.*/, namespace: 'zwgk-inline-css' }, (args) => ({ contents: `export default ${JSON.stringify(readFileSync(args.path, 'utf8'))};`, loader: 'js' }));
    },
  };
  return {
    name: 'zwgk-render-runtime',
    setup(build) {
      build.onResolve({ filter: /^zwgk:render-runtime$/ }, (args) => ({ path: args.path, namespace: 'zwgk-render-runtime' }));
      build.onLoad({ filter: /.*/, namespace: 'zwgk-render-runtime' }, async () => {
        const { build: bundle } = await import('esbuild');
        const result = await bundle({
          absWorkingDir: root,
          entryPoints: ['src/render/runtime.ts'],
          bundle: true,
          write: false,
          format: 'iife',
          platform: 'browser',
          target: 'es2021',
          minify: true,
          legalComments: 'none',
          logLevel: 'warning',
          define: { 'process.env.NODE_ENV': '"production"' },
          plugins: [inlineCss],
        });
        return { contents: `export default ${JSON.stringify(result.outputFiles[0].text)};`, loader: 'js' };
      });
    },
  };
}

export async function buildCli() {
  return bundleForNode('src/cli/main.ts', CLI_BUNDLE, {
    plugins: [renderRuntimePlugin()],
    // CommonJS dependencies (exceljs) call require() on Node built-ins; an ES module has none.
    banner: { js: "import { createRequire as __zwgkCreateRequire } from 'node:module'; const require = __zwgkCreateRequire(import.meta.url);" },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildCli();
}
