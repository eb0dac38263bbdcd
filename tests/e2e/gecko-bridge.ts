import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exited, freePort, start, stop, until, type Proc } from './processes';

// Firefox ESR under webdriverio without geckodriver. There is none on this machine: Debian does
// not package it, and the npm `geckodriver` package downloads it from GitHub when it runs, which
// has no network here. geckodriver only moves messages: WebDriver classic over HTTP in, Firefox's
// own Marionette protocol out (Firefox implements every command itself: finding, clicking,
// typing). This does the same for the commands in ROUTES, and webdriverio talks WebDriver BiDi
// straight to Firefox at the webSocketUrl that Marionette returns, as it does with geckodriver.
// The session options follow geckodriver's (moz:firefoxOptions binary, args with -profile, prefs).

type Params = Record<string, unknown>;

/** One Marionette connection: `length:json` packets, [0, id, name, params] and [1, id, error, body]. */
class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  private hello?: () => void;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (d) => this.receive(d));
    socket.on('close', () => { for (const p of this.pending.values()) p.reject(new WebDriverError('invalid session id', 'Firefox closed the Marionette connection')); });
  }

  static async open(port: number): Promise<Marionette> {
    const socket = connect(port, '127.0.0.1');
    const conn = new Marionette(socket);
    await new Promise<void>((resolve, reject) => {
      conn.hello = resolve; // Firefox first sends {applicationType, marionetteProtocol}
      socket.once('error', reject);
    });
    return conn;
  }

  private receive(data: Buffer) {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString());
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (!Array.isArray(packet)) { this.hello?.(); continue; }
      const [, id, error, body] = packet as [number, number, { error: string; message: string; stacktrace?: string } | null, unknown];
      const p = this.pending.get(id);
      this.pending.delete(id);
      if (error) p?.reject(new WebDriverError(error.error, error.message, error.stacktrace));
      else p?.resolve(body);
    }
  }

  send(name: string, params: Params): Promise<unknown> {
    const id = this.nextId++;
    const json = Buffer.from(JSON.stringify([0, id, name, params]));
    this.socket.write(Buffer.concat([Buffer.from(`${json.length}:`), json]));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  close() { this.socket.destroy(); }
}

class WebDriverError extends Error {
  constructor(readonly error: string, message: string, readonly stacktrace = '') { super(message); }
}

// The W3C error codes' HTTP statuses (https://www.w3.org/TR/webdriver2/#errors); others are 500.
const STATUS: Record<string, number> = {
  'element click intercepted': 400, 'element not interactable': 400, 'insecure certificate': 400, 'invalid argument': 400,
  'invalid cookie domain': 400, 'invalid element state': 400, 'invalid selector': 400, 'no such alert': 404,
  'no such element': 404, 'no such frame': 404, 'no such shadow root': 404, 'no such window': 404, 'stale element reference': 404,
  'detached shadow root': 404, 'invalid session id': 404, 'unknown command': 404, 'unknown method': 405, 'timeout': 500,
  'script timeout': 500, 'javascript error': 500, 'unexpected alert open': 500, 'unsupported operation': 500,
};

// Classic WebDriver endpoints after /session/{id}, and the Marionette command for each. Path
// parameters go into the command's parameters under the names Marionette reads (driver.sys.mjs).
const ROUTES: [method: string, path: string, command: string][] = [
  ['GET', '/timeouts', 'WebDriver:GetTimeouts'], ['POST', '/timeouts', 'WebDriver:SetTimeouts'],
  ['POST', '/url', 'WebDriver:Navigate'], ['GET', '/url', 'WebDriver:GetCurrentURL'],
  ['POST', '/back', 'WebDriver:Back'], ['POST', '/forward', 'WebDriver:Forward'], ['POST', '/refresh', 'WebDriver:Refresh'],
  ['GET', '/title', 'WebDriver:GetTitle'], ['GET', '/source', 'WebDriver:GetPageSource'],
  ['GET', '/window', 'WebDriver:GetWindowHandle'], ['DELETE', '/window', 'WebDriver:CloseWindow'],
  ['POST', '/window', 'WebDriver:SwitchToWindow'], ['GET', '/window/handles', 'WebDriver:GetWindowHandles'],
  ['POST', '/window/new', 'WebDriver:NewWindow'], ['GET', '/window/rect', 'WebDriver:GetWindowRect'],
  ['POST', '/window/rect', 'WebDriver:SetWindowRect'], ['POST', '/window/maximize', 'WebDriver:MaximizeWindow'],
  ['POST', '/window/minimize', 'WebDriver:MinimizeWindow'], ['POST', '/window/fullscreen', 'WebDriver:FullscreenWindow'],
  ['POST', '/frame', 'WebDriver:SwitchToFrame'], ['POST', '/frame/parent', 'WebDriver:SwitchToParentFrame'],
  ['POST', '/element', 'WebDriver:FindElement'], ['POST', '/elements', 'WebDriver:FindElements'],
  ['GET', '/element/active', 'WebDriver:GetActiveElement'],
  ['POST', '/element/:element/element', 'WebDriver:FindElement'], ['POST', '/element/:element/elements', 'WebDriver:FindElements'],
  ['GET', '/element/:id/shadow', 'WebDriver:GetShadowRoot'],
  ['POST', '/shadow/:shadowRoot/element', 'WebDriver:FindElementFromShadowRoot'],
  ['POST', '/shadow/:shadowRoot/elements', 'WebDriver:FindElementsFromShadowRoot'],
  ['GET', '/element/:id/selected', 'WebDriver:IsElementSelected'], ['GET', '/element/:id/displayed', 'WebDriver:IsElementDisplayed'],
  ['GET', '/element/:id/enabled', 'WebDriver:IsElementEnabled'], ['GET', '/element/:id/attribute/:name', 'WebDriver:GetElementAttribute'],
  ['GET', '/element/:id/property/:name', 'WebDriver:GetElementProperty'],
  ['GET', '/element/:id/css/:propertyName', 'WebDriver:GetElementCSSValue'],
  ['GET', '/element/:id/text', 'WebDriver:GetElementText'], ['GET', '/element/:id/name', 'WebDriver:GetElementTagName'],
  ['GET', '/element/:id/rect', 'WebDriver:GetElementRect'], ['GET', '/element/:id/computedrole', 'WebDriver:GetComputedRole'],
  ['GET', '/element/:id/computedlabel', 'WebDriver:GetComputedLabel'],
  ['POST', '/element/:id/click', 'WebDriver:ElementClick'], ['POST', '/element/:id/clear', 'WebDriver:ElementClear'],
  ['POST', '/element/:id/value', 'WebDriver:ElementSendKeys'], ['GET', '/element/:id/screenshot', 'WebDriver:TakeScreenshot'],
  ['POST', '/execute/sync', 'WebDriver:ExecuteScript'], ['POST', '/execute/async', 'WebDriver:ExecuteAsyncScript'],
  ['GET', '/cookie', 'WebDriver:GetCookies'], ['POST', '/cookie', 'WebDriver:AddCookie'],
  ['DELETE', '/cookie', 'WebDriver:DeleteAllCookies'], ['DELETE', '/cookie/:name', 'WebDriver:DeleteCookie'],
  ['POST', '/actions', 'WebDriver:PerformActions'], ['DELETE', '/actions', 'WebDriver:ReleaseActions'],
  ['POST', '/alert/dismiss', 'WebDriver:DismissAlert'], ['POST', '/alert/accept', 'WebDriver:AcceptAlert'],
  ['GET', '/alert/text', 'WebDriver:GetAlertText'], ['POST', '/alert/text', 'WebDriver:SendAlertText'],
  ['GET', '/screenshot', 'WebDriver:TakeScreenshot'], ['POST', '/print', 'WebDriver:Print'],
];

// Marionette answers these with the result itself; every other command with { value: result }
// (the commandsNoValueResponse list in Firefox's marionette/server.sys.mjs).
const BARE = new Set(['WebDriver:NewSession', 'WebDriver:GetTimeouts', 'WebDriver:GetWindowHandles', 'WebDriver:GetWindowRect',
  'WebDriver:SetWindowRect', 'WebDriver:MaximizeWindow', 'WebDriver:MinimizeWindow', 'WebDriver:FullscreenWindow',
  'WebDriver:GetCookies', 'WebDriver:GetElementRect', 'WebDriver:NewWindow']);

function route(method: string, rest: string): { command: string; params: Params } | undefined {
  const parts = rest.split('/');
  for (const [m, path, command] of ROUTES) {
    const want = path.split('/');
    if (m !== method || want.length !== parts.length) continue;
    const params: Params = {};
    if (want.every((w, i) => (w.startsWith(':') ? (params[w.slice(1)] = decodeURIComponent(parts[i] ?? '')) : w === parts[i]))) return { command, params };
  }
  return undefined;
}

interface FirefoxOptions { binary?: string; args?: string[]; prefs?: Record<string, string | number | boolean> }

interface Running { firefox: Proc; marionette: Marionette; profile: string; ownProfile: boolean }

async function launch(defaultBinary: string, options: FirefoxOptions): Promise<Running> {
  const args = [...(options.args ?? [])];
  const at = args.findIndex((a) => a === '-profile' || a === '--profile');
  const ownProfile = at < 0;
  const profile = ownProfile ? mkdtempSync(join(tmpdir(), 'meldwijzer-firefox-')) : args.splice(at, 2)[1]!;
  // Marionette on a free port of its choosing (it writes the number into the profile), so that
  // several Firefoxes can run at once; Firefox sets its other automation preferences itself
  // (remote.prefs.recommended).
  const prefs = { 'marionette.port': 0, ...options.prefs };
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
  const portFile = join(profile, 'MarionetteActivePort');
  rmSync(portFile, { force: true });
  if (!args.includes('-headless') && !args.includes('--headless')) args.push('--headless');
  const firefox = start(options.binary ?? defaultBinary, [...args, '--marionette', '--remote-debugging-port=0', '--no-remote', '--profile', profile]);
  try {
    const port = await until('Firefox to open Marionette', async () => {
      if (firefox.child.exitCode !== null) throw new Error(`Firefox exited: ${firefox.stderr()}`);
      return existsSync(portFile) && Number(readFileSync(portFile, 'utf8'));
    }, 30_000);
    return { firefox, marionette: await Marionette.open(port), profile, ownProfile };
  } catch (e) {
    await stop(firefox.child);
    if (ownProfile) rmSync(profile, { recursive: true, force: true });
    throw new Error(`${(e as Error).message}. Firefox's stderr: ${firefox.stderr().slice(-2000)}`);
  }
}

/** Quits the way a user does (the session files are written), then makes sure it is gone. */
async function quit({ firefox, marionette, profile, ownProfile }: Running) {
  await Promise.race([marionette.send('Marionette:Quit', {}).catch(() => undefined), exited(firefox.child, 15_000)]);
  await exited(firefox.child, 15_000);
  marionette.close();
  await stop(firefox.child);
  if (ownProfile) rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

async function body(req: IncomingMessage): Promise<Params> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text ? (JSON.parse(text) as Params) : {};
}

export interface GeckoBridge { port: number; close(): Promise<void> }

/** A WebDriver server on a free port that starts a new Firefox for every session. */
export async function startGeckoBridge(firefoxBinary: string): Promise<GeckoBridge> {
  const sessions = new Map<string, Running>();

  async function handle(req: IncomingMessage): Promise<unknown> {
    const method = req.method ?? 'GET';
    const path = (req.url ?? '/').split('?')[0]!.replace(/\/$/, '');
    if (method === 'GET' && path === '/status') return { ready: true, message: 'Marionette bridge' };
    if (method === 'POST' && path === '/session') {
      const { capabilities = {} } = (await body(req)) as { capabilities?: { alwaysMatch?: Params; firstMatch?: Params[] } };
      const { 'moz:firefoxOptions': options = {}, ...caps } = { ...capabilities.alwaysMatch, ...capabilities.firstMatch?.[0] } as Params & { 'moz:firefoxOptions'?: FirefoxOptions };
      const running = await launch(firefoxBinary, options);
      try {
        const session = (await running.marionette.send('WebDriver:NewSession', caps)) as { sessionId: string };
        sessions.set(session.sessionId, running);
        return session;
      } catch (e) {
        await quit(running);
        throw e;
      }
    }
    const match = /^\/session\/([^/]+)(\/.*)?$/.exec(path);
    const running = match && sessions.get(match[1]!);
    if (!match || !running) throw new WebDriverError('invalid session id', `No session at ${path}`);
    if (method === 'DELETE' && !match[2]) {
      sessions.delete(match[1]!);
      await quit(running);
      return null;
    }
    const found = route(method, match[2] ?? '');
    if (!found) throw new WebDriverError('unknown command', `${method} ${path} is not in the bridge's table`);
    const result = await running.marionette.send(found.command, { ...(method === 'POST' ? await body(req) : {}), ...found.params });
    return BARE.has(found.command) ? result : (result as { value: unknown }).value;
  }

  const server: Server = createServer((req, res: ServerResponse) => {
    handle(req).then(
      (value) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: value ?? null })),
      (e: Error) => {
        const error = e instanceof WebDriverError ? e.error : 'unknown error';
        res.writeHead(STATUS[error] ?? 500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ value: { error, message: e.message, stacktrace: e instanceof WebDriverError ? e.stacktrace : e.stack } }));
      },
    );
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    async close() {
      await Promise.all([...sessions.values()].map(quit));
      sessions.clear();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
