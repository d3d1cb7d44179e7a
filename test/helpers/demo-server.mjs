// Starts the real demo server (node demo/server.mjs) on a free port for Node tests, with its own
// catalogue and data dir when given, and stops it. Not a test file itself.
import { spawn } from 'node:child_process';

const root = new URL('../../', import.meta.url).pathname;

export async function startDemoServer(env = {}) {
  const child = spawn(process.execPath, ['demo/server.mjs'], { cwd: root, env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('demo server did not start within 30 s')), 30_000);
    child.once('exit', (code) => reject(new Error(`demo server exited with ${code}`)));
    child.stdout.on('data', (chunk) => {
      const match = /http:\/\/[\d.]+:\d+/.exec(String(chunk));
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
  });
  return {
    origin,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    },
  };
}
