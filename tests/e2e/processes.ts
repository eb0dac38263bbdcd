import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';

// Starting and ending the programs the engines need (drivers, Xvfb, Firefox), so that a failed
// test or a crashed test process leaves none of them behind.

export interface Proc {
  child: ChildProcess;
  stderr: () => string;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const groups = new Set<number>();
const killGroup = (pid: number, signal: NodeJS.Signals) => { try { process.kill(-pid, signal); } catch { /* already gone */ } };

// Should the test process end without its afterAll (a crash, Ctrl-C), leave nothing behind.
process.once('exit', () => { for (const pid of groups) killGroup(pid, 'SIGKILL'); });

/** Starts cmd in its own process group, so that ending it also ends what it started (a browser
 * and its content processes), even when the leader itself has already died. */
export function start(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, extraFds: 'pipe'[] = []): Proc {
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe', ...extraFds], env });
  let stderr = '';
  child.stderr?.on('data', (d) => { stderr = (stderr + d).slice(-20_000); });
  if (child.pid) groups.add(child.pid);
  return { child, stderr: () => stderr };
}

/** Resolves when the process has exited, or with false after timeoutMs. */
export function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise<boolean>((resolve) => {
    child.once('exit', () => resolve(true));
    setTimeout(() => resolve(false), timeoutMs).unref();
  });
}

/** SIGTERM to the whole group, SIGKILL after five seconds. */
export async function stop(child: ChildProcess) {
  const pid = child.pid;
  if (!pid || !groups.delete(pid)) return;
  const done = exited(child, 5_000);
  killGroup(pid, 'SIGTERM');
  if (!(await done)) killGroup(pid, 'SIGKILL');
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Polls probe until it gives something truthy. */
export async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const found = await probe();
      if (found) return found;
    } catch (e) {
      last = e;
    }
    await sleep(100);
  }
  throw new Error(`Timed out waiting for ${what}${last instanceof Error ? ` (${last.message})` : ''}`);
}

/** Starts a WebDriver server on a free port and waits until GET /status says it is ready. */
export async function startDriver(name: string, cmd: string, args: (port: number) => string[], env?: NodeJS.ProcessEnv): Promise<Proc & { port: number }> {
  const port = await freePort();
  const driver = start(cmd, args(port), env);
  try {
    await until(`${name} on port ${port}`, async () => {
      if (driver.child.exitCode !== null) throw new Error(`${name} exited: ${driver.stderr()}`);
      const res = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1_000) });
      return ((await res.json()) as { value?: { ready?: boolean } }).value?.ready;
    }, 15_000);
  } catch (e) {
    await stop(driver.child);
    throw new Error(`${(e as Error).message}. Its stderr: ${driver.stderr().slice(-2000)}`);
  }
  return { ...driver, port };
}

/** A virtual X display for WebKitGTK's MiniBrowser, which cannot run headless. */
export async function startXvfb(xvfbPath: string): Promise<Proc & { display: string }> {
  // -displayfd: Xvfb picks a free display and writes its number to fd 3.
  const xvfb = start(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], process.env, ['pipe']);
  try {
    const display = await new Promise<string>((resolve, reject) => {
      let out = '';
      xvfb.child.stdio[3]?.on('data', (d) => { out += d; if (out.includes('\n')) resolve(`:${out.trim()}`); });
      xvfb.child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${xvfb.stderr()}`)));
      setTimeout(() => reject(new Error('Xvfb did not start within 10 s')), 10_000).unref();
    });
    return { ...xvfb, display };
  } catch (e) {
    await stop(xvfb.child);
    throw e;
  }
}
