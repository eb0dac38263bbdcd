import type { ChainablePromiseElement } from 'webdriverio';
import type { Browser } from './engines';
import { followLink } from './follow-link';

// What a user does, in words the flows read like, for every engine's webdriverio session.

/** Types an address (a page load) and waits until the app has started on it: the prerendered page
 * is on screen before that, and a click on a prerendered button does nothing yet. */
export async function open(b: Browser, url: string) {
  await b.url(url);
  await started(b);
}

/** Reloads as a user does (F5). Not the driver's refresh: Firefox's bypasses the cache, and with
 * it the service worker, so an offline page would not load. The mark tells the new page from the
 * old one. */
export async function reload(b: Browser) {
  await b.execute(() => {
    (window as { beforeReload?: boolean }).beforeReload = true;
    setTimeout(() => location.reload());
  });
  await b.waitUntil(() => b.execute(() => !(window as { beforeReload?: boolean }).beforeReload).catch(() => false), { timeoutMsg: 'the page did not reload' });
  await started(b);
}

function started(b: Browser) {
  return b.waitUntil(() => b.execute(() => document.documentElement.dataset.app === 'started'), { timeoutMsg: 'the app did not start' });
}

/** Follows a link inside the app, so it navigates without a page load (an unlocked key stays). */
export async function follow(b: Browser, path: string) {
  await b.execute(followLink, path);
}

/** Waits until the page shows the text. */
export async function text(b: Browser, wanted: string, timeout?: number) {
  await b.waitUntil(() => b.execute((t: string) => document.body.innerText.includes(t), wanted), { timeout }).catch(async () => {
    const page = await b.execute(() => `${location.href}: ${document.body?.innerText.slice(0, 300)}`).catch((e: Error) => e.message);
    throw new Error(`Timed out waiting for text "${wanted}". Page: ${page}`);
  });
}

export const heading = (b: Browser) => b.execute(() => document.querySelector('h1')?.textContent ?? '');

export async function value(b: Browser, selector: string) {
  const el = b.$(selector);
  await el.waitForExist();
  return el.getValue();
}

// Centred first: WebKit's driver scrolls an element only just into view, at the bottom edge, where
// the app's fixed toast can cover it. Retried while the app re-renders the element (stale) or has
// not made it interactable yet, as a user would click again.
async function act(b: Browser, selector: string, what: string, action: (el: ChainablePromiseElement) => Promise<unknown>) {
  let last: unknown;
  await b.waitUntil(async () => {
    try {
      const el = await b.$(selector);
      if (!(await el.isExisting())) return false;
      await b.execute((node: HTMLElement) => node.scrollIntoView({ block: 'center', inline: 'center' }), el as unknown as HTMLElement);
      await action(el);
      return true;
    } catch (e) {
      last = e;
      return false;
    }
  }).catch((e: Error) => {
    throw new Error(`Could not ${what} ${selector}: ${last instanceof Error ? last.message : e.message}`);
  });
}

export const fill = (b: Browser, selector: string, typed: string) => act(b, selector, 'fill', (el) => el.setValue(typed));
export const click = (b: Browser, selector: string) => act(b, selector, 'click', (el) => el.click());

const literal = (s: string) => JSON.stringify(s);
/** A button by its text or aria-label. */
export const button = (b: Browser, name: string) => click(b, `//button[normalize-space()=${literal(name)} or @aria-label=${literal(name)}]`);
/** A radio button or checkbox by the text its label starts with. */
export const choose = (b: Browser, label: string) => click(b, `//label[starts-with(normalize-space(), ${literal(label)})]`);
