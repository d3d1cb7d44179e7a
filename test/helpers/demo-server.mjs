// Starts the real demo server (node demo/server.mjs) on a free port for Node tests, with its own
// catalogue and data dir when given, and stops it. Not a test file itself.
import { spawn } from 'node:child_process';
import { freshDatabase } from './zwgk-server.mjs';

const root = new URL('../../', import.meta.url).pathname;

export async function startDemoServer(env = {}) {
  // Its own database (a copy of a migrated template) unless the test gives one: never the project's .zwgk-data/.
  const database = env.ZWGK_DATA_DIR || env.DATABASE_URL ? undefined : await freshDatabase();
  const child = spawn(process.execPath, ['demo/server.mjs'], { cwd: root, env: { ...process.env, PORT: '0', ZWGK_RETENTION_INTERVAL_HOURS: '0', ...database?.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
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
      if (child.exitCode !== null) return database?.drop();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
      await database?.drop();
    },
  };
}
