// Chromium 89, the age of the 极速 cores of the 360/QQ/Sogou browsers on many county PCs, for Node
// tests (TOOLCHAIN.md): the chrome-aws-lambda@6.0.0 devDependency ships it as brotli files. They are
// inflated once per machine into the temp folder (about 3 s), driven by puppeteer-core@6.0.0
// (installed as `puppeteer-core-89`; newer puppeteer speaks protocol this core lacks).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, readFileSync, chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

const require = createRequire(import.meta.url);
export const CHROMIUM_89_ARGS = ['--no-sandbox', '--single-process', '--no-zygote', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'];

function untar(archive, into) {
  mkdirSync(into, { recursive: true });
  const result = spawnSync('tar', ['-x', '-C', into], { input: archive });
  if (result.status !== 0) throw new Error(`tar failed: ${result.stderr}`);
}

/** Inflates Chromium 89 (once) and returns how to launch it: `{ executablePath, env }`. */
export function chromium89() {
  const bin = join(dirname(require.resolve('chrome-aws-lambda/package.json')), 'bin');
  const folder = join(tmpdir(), 'zwgk-chromium-89.0.4389');
  const executablePath = join(folder, 'chromium');
  if (!existsSync(join(folder, 'ready'))) {
    // Another test process may be inflating at the same time: build aside, then rename into place.
    const work = mkdtempSync(join(tmpdir(), 'zwgk-chromium-89-'));
    writeFileSync(join(work, 'chromium'), brotliDecompressSync(readFileSync(join(bin, 'chromium.br'))));
    chmodSync(join(work, 'chromium'), 0o755);
    untar(brotliDecompressSync(readFileSync(join(bin, 'aws.tar.br'))), work);
    untar(brotliDecompressSync(readFileSync(join(bin, 'swiftshader.tar.br'))), join(work, 'swiftshader'));
    // The shipped fonts.conf points at /tmp/aws; add the machine's own fonts (CJK, if installed).
    const fonts = readFileSync(join(work, 'fonts.conf'), 'utf8').replace('<dir>/tmp/aws/.fonts</dir>', `<dir>${join(folder, '.fonts')}</dir><dir>/usr/share/fonts</dir>`);
    writeFileSync(join(work, 'fonts.conf'), fonts);
    writeFileSync(join(work, 'ready'), '');
    try {
      renameSync(work, folder);
    } catch {
      rmSync(work, { recursive: true, force: true });
      if (!existsSync(join(folder, 'ready'))) throw new Error(`could not prepare ${folder}`);
    }
  }
  return {
    executablePath,
    env: { ...process.env, LD_LIBRARY_PATH: [join(folder, 'lib'), folder, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'), FONTCONFIG_PATH: folder },
  };
}

/** Launches Chromium 89 headless with puppeteer-core 6. */
export async function launchChromium89() {
  const { default: puppeteer } = await import('puppeteer-core-89');
  const { executablePath, env } = chromium89();
  return puppeteer.launch({ executablePath, env, headless: true, args: CHROMIUM_89_ARGS });
}
