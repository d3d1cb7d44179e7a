import { defineConfig, type Plugin } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The demo site's pages share one header, column navigation and footer, as pages of a real CMS
 * template do: `<!-- zwgk-demo:site-top -->` and `<!-- zwgk-demo:site-bottom -->` are replaced
 * from demo/partials/, with the page's own column link marked current.
 */
function demoSiteChrome(): Plugin {
  const partial = (name: string) => readFileSync(here(`./demo/partials/${name}.html`), 'utf8');
  return {
    name: 'zwgk-demo-site-chrome',
    transformIndexHtml(html, context) {
      if (!html.includes('<!-- zwgk-demo:site-top -->')) return html;
      const page = basename(context.filename);
      const title = /<title>([^_<]+)/.exec(html)?.[1] ?? '';
      const side = '<nav class="side fl"';
      const [header = '', column = ''] = partial('site-top').replaceAll('{{title}}', title).split(side);
      const top = `${header}${side}${column.replace(/<a href="\.\/([a-z-]+\.html)">/g, (link, target: string) =>
        target === page ? `<a class="on" aria-current="page" href="./${target}">` : existsSync(here(`./demo/${target}`)) ? link : '<a href="#">')}`;
      return html.replace('<!-- zwgk-demo:site-top -->', top).replace('<!-- zwgk-demo:site-bottom -->', partial('site-bottom'));
    },
  };
}

/**
 * Two jobs: the demo county site (root `demo/`, served by demo/server.mjs in middleware mode),
 * and `vite build`, which emits the drop-in bundle dist/zwgk-elements.js: one self-contained ES
 * module with Lit, context and zod/mini inside, so a CMS page needs a single script tag.
 */
export default defineConfig({
  root: here('./demo'),
  plugins: [demoSiteChrome()],
  publicDir: false,
  server: { fs: { allow: [here('.')] } },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2021',
    minify: true,
    sourcemap: true,
    // The policy list imports the policy card lazily for per-element use; the drop-in bundle has it
    // anyway, which is what this warning would say on every build.
    rolldownOptions: { checks: { ineffectiveDynamicImport: false } },
    lib: {
      entry: here('./src/index.ts'),
      formats: ['es'],
      fileName: () => 'zwgk-elements.js',
    },
  },
});
