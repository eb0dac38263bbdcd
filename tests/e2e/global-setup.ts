import type { TestProject } from 'vitest/node';
import { execFileSync } from 'node:child_process';
import { startServer } from '../bench/static-server.mjs';

export const OUT_DIR = 'dist-e2e';

/** End-to-end tests run against the production build: the service worker exists only there. */
export default async function setup(project: TestProject) {
  // Built exactly as `npm run build` does, in its own process: inside Vitest NODE_ENV is
  // 'test', which would build a development bundle without the service worker.
  const { NODE_ENV: _, ...env } = process.env;
  execFileSync('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn'], { env, stdio: 'inherit' });
  const server = await startServer(OUT_DIR);
  project.provide('baseURL', server.url);
  project.provide('outDir', OUT_DIR);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    outDir: string;
  }
}
