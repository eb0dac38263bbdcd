// How long a tap takes to show its result, with the CPU slowed down 4× through CDP (as a
// mid-range phone): the time from the click to the first frame painted after the new screen's
// title is in the page. Measured in the page itself: the click is dispatched there, and "painted"
// is the first task after the next animation frame (the frame the browser paints).
import { chromium } from 'playwright-core';

const RUNS = 20;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Clicks `selector` and resolves with the ms until the frame after the H1 stopped being `before`. */
function clickUntilPainted([selector, before]) {
  return new Promise((resolve, reject) => {
    const target = document.querySelector(selector);
    if (!target) return reject(new Error(`nothing matches ${selector}`));
    const h1 = () => document.querySelector('h1')?.textContent ?? '';
    const start = performance.now();
    const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
    const observer = new MutationObserver(() => {
      if (h1() === before) return;
      observer.disconnect();
      done();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    target.click();
    if (h1() !== before) { observer.disconnect(); done(); }
  });
}

/**
 * @param {string} url where the app is served (ends in '/')
 * @param {{ executablePath: string, args: string[] }} launch
 */
export async function measureInteractions(url, launch) {
  const browser = await chromium.launch(launch);
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const cdp = await page.context().newCDPSession(page);
    const h1 = () => page.locator('h1').first().innerText();

    // Afwegingskader: answer the first question with its first option and press "Volgende".
    await page.goto(`${url}algemeen/afweging/a1/`);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const answer = [];
    for (let i = 0; i < RUNS; i++) {
      const question = await h1();
      await page.locator('main input[type=radio]').first().check();
      answer.push(await page.evaluate(clickUntilPainted, ['main form button[type=submit]', question]));
      if (await page.locator('main input[type=radio]').count() === 0) throw new Error('the first answer of a1 did not lead to another question');
      await page.goBack();
      await page.waitForFunction((q) => document.querySelector('h1')?.textContent === q, question);
    }

    // Steps: from stap 2 to stap 3 through the stepper.
    await page.goto(`${url}algemeen/stap/2/`);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
    const step = [];
    for (let i = 0; i < RUNS; i++) {
      const title = await h1();
      step.push(await page.evaluate(clickUntilPainted, ['nav.stepper a[href$="/stap/3/"]', title]));
      await page.goBack();
      await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, title);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { answerMs: median(answer), stepMs: median(step) };
  } finally {
    await browser.close();
  }
}
