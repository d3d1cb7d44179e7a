// Runs the browser suite in headless Chromium on a fresh machine with only `npm ci`:
// $CHROME_PATH if set, else Debian's /usr/bin/chromium, else the Chromium shipped inside the
// @sparticuz/chromium devDependency (nothing is downloaded at install time).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { reporters } from './test/plain-summary-reporter.mjs';
import { forcedColors, inlineCss, testRoutes } from './test/server/plugins.mjs';
import { axNodePlugin } from './test/server/ax-node-plugin.mjs';
import { apiMiddleware } from './test/server/api.mjs';

export async function findChrome() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { default: chromium } = await import('@sparticuz/chromium');
  return chromium.executablePath();
}

export const chromeArgs = [
  '--no-sandbox', '--no-zygote', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
];

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  reporters,
  // Lit's production build, as the drop-in bundle ships it: no "Lit is in dev mode" banner per file.
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    inlineCss(),
    forcedColors(),
    // What the browser tells assistive technology about one element (role, name, `required`).
    axNodePlugin(),
  ],
  middleware: [testRoutes, await apiMiddleware()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: await findChrome(), headless: true, args: chromeArgs },
    }),
  ],
};
