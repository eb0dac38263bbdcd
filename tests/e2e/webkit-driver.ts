import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { followLink } from './follow-link';

// Debian's WebKitGTK: the MiniBrowser, driven by WebKitWebDriver (classic W3C WebDriver) under
// Xvfb. No npm client: the few commands the tests need are plain HTTP.
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const XVFB = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf'; // the W3C web element key
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function command<T>(base: string, method: string, path: string, body?: unknown, timeoutMs = 60_000): Promise<T> {
  const res = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  }).catch((e: Error) => { throw new Error(`${method} ${path}: ${e.message}`); });
  const json = (await res.json()) as { value: T & { error?: string; message?: string } };
  const { error, message } = json.value ?? {};
  if (!res.ok || error) throw new Error(`${method} ${path}: ${error} ${message}`);
  return json.value;
}

/** One browser with fresh, empty storage: a new MiniBrowser per session. */
export class Session {
  constructor(private readonly base: string, private readonly id: string) {}

  private send<T = unknown>(method: string, path: string, body?: unknown, timeoutMs?: number) {
    return command<T>(this.base, method, `/session/${this.id}${path}`, body, timeoutMs);
  }

  go(url: string) { return this.send('POST', '/url', { url }); }
  url() { return this.send<string>('GET', '/url'); }
  refresh() { return this.send('POST', '/refresh', {}); }
  back() { return this.send('POST', '/back', {}); }
  follow(path: string) { return this.exec(followLink, path); }
  close() { return command(this.base, 'DELETE', `/session/${this.id}`, undefined, 15_000).catch(() => undefined); }

  /** Runs fn in the page; an element id passed through ref() arrives as the element. */
  exec<T>(fn: (...args: never[]) => T, ...args: unknown[]) {
    return this.send<Awaited<T>>('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args });
  }

  /** Polls until probe gives something truthy, like puppeteer's locators wait. */
  async until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
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
    const page = await this.exec(() => `${location.href}: ${document.body?.innerText.slice(0, 300)}`).catch((e: Error) => e.message);
    throw new Error(`Timed out waiting for ${what}${last instanceof Error ? ` (${last.message})` : ''}. Page: ${page}`);
  }

  private async find(using: string, value: string) {
    return (await this.send<Record<string, string>>('POST', '/element', { using, value }))[ELEMENT];
  }

  /** Waits for the first element matching a CSS selector; returns its id. */
  css(selector: string) {
    return this.until(selector, () => this.find('css selector', selector));
  }

  text(text: string, timeoutMs?: number) {
    return this.until(`text "${text}"`, () => this.exec((t: string) => document.body.innerText.includes(t), text), timeoutMs);
  }

  async value(selector: string) {
    return this.send<string>('GET', `/element/${await this.css(selector)}/property/value`);
  }

  // WebKit's WebDriver scrolls an element only just into view, at the bottom edge, where a fixed
  // toast can cover it and the command fails; centring first is what puppeteer does too. Retried
  // while the element is re-rendered (stale) or not yet interactable.
  private act(what: string, using: string, value: string, action: (id: string) => Promise<unknown>) {
    return this.until(what, async () => {
      const id = await this.find(using, value);
      if (!id) return false;
      await this.exec((node: Element) => node.scrollIntoView({ block: 'center', inline: 'center' }), ref(id));
      await action(id);
      return true;
    });
  }

  fill(selector: string, text: string) {
    return this.act(`fillable ${selector}`, 'css selector', selector, async (id) => {
      await this.send('POST', `/element/${id}/clear`, {});
      await this.send('POST', `/element/${id}/value`, { text });
    });
  }

  click(xpath: string) {
    return this.act(`clickable ${xpath}`, 'xpath', xpath, (id) => this.send('POST', `/element/${id}/click`, {}));
  }

  /** Clicks a button by its text or aria-label, like puppeteer's ::-p-aria(). */
  button(name: string) {
    return this.click(`//button[normalize-space()=${JSON.stringify(name)} or @aria-label=${JSON.stringify(name)}]`);
  }
}

const ref = (id: string) => ({ [ELEMENT]: id });

interface Proc {
  child: ChildProcess;
  stderr: () => string;
}

const groups = new Set<number>();
const killGroup = (pid: number, signal: NodeJS.Signals) => { try { process.kill(-pid, signal); } catch { /* already gone */ } };

function start(cmd: string, args: string[], env: NodeJS.ProcessEnv, extraFds: 'pipe'[] = []): Proc {
  // Own process group, so that killing it also ends what it started (MiniBrowser and WebKit's
  // web and network processes), even when the leader itself has already died.
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe', ...extraFds], env });
  let stderr = '';
  child.stderr?.on('data', (d) => { stderr += d; });
  if (child.pid) groups.add(child.pid);
  return { child, stderr: () => stderr };
}

async function stop(child: ChildProcess) {
  const pid = child.pid;
  if (!pid || !groups.delete(pid)) return;
  const alive = child.exitCode === null && child.signalCode === null;
  const exited = !alive || new Promise<boolean>((resolve) => {
    child.once('exit', () => resolve(true));
    setTimeout(() => resolve(false), 5_000).unref();
  });
  killGroup(pid, 'SIGTERM');
  if (!(await exited)) killGroup(pid, 'SIGKILL');
}

// Should the test process end without afterAll (a crash, Ctrl-C), leave no X server or browser behind.
process.once('exit', () => { for (const pid of groups) killGroup(pid, 'SIGKILL'); });

async function startXvfb(): Promise<Proc & { display: string }> {
  // -displayfd: Xvfb picks a free display and writes its number to fd 3.
  const xvfb = start(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], process.env, ['pipe']);
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

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startDriver(display: string): Promise<Proc & { base: string }> {
  const port = await freePort();
  const env = { ...process.env, DISPLAY: display, GDK_BACKEND: 'x11', WAYLAND_DISPLAY: '' };
  const driver = start(WEBKIT_DRIVER, [`--port=${port}`, '--host=local'], env);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100 && driver.child.exitCode === null; i++) {
    const ready = await command<{ ready: boolean }>(base, 'GET', '/status', undefined, 1_000).then((s) => s.ready, () => false);
    if (ready) return { ...driver, base };
    await sleep(100);
  }
  await stop(driver.child);
  throw new Error(`WebKitWebDriver did not become ready within 10 s: ${driver.stderr()}`);
}

async function createSession(base: string): Promise<Session> {
  const capabilities = {
    browserName: 'MiniBrowser',
    // No --headless: the GTK MiniBrowser rejects it and exits, and the driver then waits forever.
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    timeouts: { implicit: 0, pageLoad: 30_000, script: 30_000 },
  };
  const { sessionId } = await command<{ sessionId: string }>(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } }, 20_000);
  return new Session(base, sessionId);
}

export interface WebKit {
  newSession(): Promise<Session>;
  close(): Promise<void>;
}

/** Starts Xvfb and WebKitWebDriver; close() ends both, with every browser they started. */
export async function startWebKit(): Promise<WebKit> {
  const xvfb = await startXvfb();
  let driver: Proc & { base: string };
  try {
    driver = await startDriver(xvfb.display);
  } catch (e) {
    await stop(xvfb.child);
    throw e;
  }
  return {
    async newSession() {
      try {
        return await createSession(driver.base);
      } catch (e) {
        // Seen once in ~40 runs under heavy load: session creation hung. A new driver cures it.
        console.warn(`WebKit session did not start (${(e as Error).message}); restarting WebKitWebDriver. Its stderr: ${driver.stderr().slice(-2000)}`);
        await stop(driver.child);
        driver = await startDriver(xvfb.display);
        return createSession(driver.base);
      }
    },
    async close() {
      await stop(driver.child);
      await stop(xvfb.child);
    },
  };
}
