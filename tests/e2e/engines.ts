import { remote } from 'webdriverio';
import { startGeckoBridge } from './gecko-bridge';
import { startDriver, startXvfb, stop, type Proc } from './processes';
import { CHROMIUM, FLAGS } from './browser';

// The three engines of the end-to-end tests behind one driver API, webdriverio: Debian's Chromium
// (chromedriver), Firefox ESR (WebDriver BiDi, with classic commands through gecko-bridge.ts) and
// WebKitGTK (its MiniBrowser over classic WebDriver, in a virtual X display). Every session is a
// new browser with empty storage, like a new user on a new machine.
export const ENGINES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINES)[number];

const CHROMEDRIVER = process.env.CHROMEDRIVER_PATH ?? '/usr/bin/chromedriver';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const XVFB = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export type Browser = WebdriverIO.Browser;
type Capabilities = WebdriverIO.Capabilities;

export interface Engine {
  name: EngineName;
  /** A new browser; `extra` capabilities are merged over the engine's own (Firefox: a profile). */
  newSession(extra?: Capabilities): Promise<Browser>;
  /** Ends the driver and every browser it started. */
  close(): Promise<void>;
}

interface Server { port: number; restart(): Promise<void>; close(): Promise<void> }

function capabilities(name: EngineName): Capabilities {
  switch (name) {
    case 'chromium':
      return { browserName: 'chrome', 'goog:chromeOptions': { binary: CHROMIUM, args: [...FLAGS, '--window-size=390,844'] } };
    case 'firefox':
      return { browserName: 'firefox', 'moz:firefoxOptions': { args: ['--headless', '--width=390', '--height=844'] } };
    case 'webkit':
      return {
        browserName: 'MiniBrowser',
        // No BiDi in WebKitWebDriver; and no --headless: the GTK MiniBrowser rejects it and exits.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      } as Capabilities;
  }
}

async function driverFor(name: EngineName): Promise<Server> {
  if (name === 'firefox') {
    const bridge = await startGeckoBridge(FIREFOX);
    return { port: bridge.port, restart: async () => {}, close: () => bridge.close() };
  }
  let xvfb: (Proc & { display: string }) | undefined;
  const env = { ...process.env };
  if (name === 'webkit') {
    xvfb = await startXvfb(XVFB);
    Object.assign(env, { DISPLAY: xvfb.display, GDK_BACKEND: 'x11', WAYLAND_DISPLAY: '' });
  }
  const begin = () => (name === 'chromium'
    ? startDriver('chromedriver', CHROMEDRIVER, (port) => [`--port=${port}`], env)
    : startDriver('WebKitWebDriver', WEBKIT_DRIVER, (port) => [`--port=${port}`, '--host=local'], env));
  let driver: Proc & { port: number };
  try {
    driver = await begin();
  } catch (e) {
    if (xvfb) await stop(xvfb.child);
    throw e;
  }
  const server: Server = {
    port: driver.port,
    async restart() {
      console.warn(`Restarting ${name}'s driver. Its stderr: ${driver.stderr().slice(-2000)}`);
      await stop(driver.child);
      driver = await begin();
      server.port = driver.port;
    },
    async close() {
      await stop(driver.child);
      if (xvfb) await stop(xvfb.child);
    },
  };
  return server;
}

function merge(base: Capabilities, extra: Capabilities): Capabilities {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const was = out[key];
    out[key] = was && typeof was === 'object' && !Array.isArray(was) ? { ...was, ...(value as object) } : value;
  }
  return out as Capabilities;
}

export async function startEngine(name: EngineName): Promise<Engine> {
  const server = await driverFor(name);
  const open = (extra: Capabilities) => remote({
    hostname: '127.0.0.1',
    port: server.port,
    path: '/',
    logLevel: 'silent',
    waitforTimeout: 15_000,
    connectionRetryTimeout: 30_000,
    connectionRetryCount: 0,
    capabilities: merge(capabilities(name), extra),
  });
  return {
    name,
    async newSession(extra = {}) {
      try {
        return await open(extra);
      } catch (e) {
        // Seen with WebKit under heavy load: session creation hung. A new driver cures it.
        if (name === 'firefox') throw e;
        console.warn(`${name} session did not start (${(e as Error).message})`);
        await server.restart();
        return open(extra);
      }
    },
    close: () => server.close(),
  };
}
