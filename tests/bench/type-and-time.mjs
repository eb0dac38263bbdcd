// Typing timed in the page, shared by the finder's and the search's benchmarks.

/**
 * Runs in the page (pass it to page.evaluate with [fieldId, text]): types `text` into the field
 * one character at a time, and resolves with each keystroke's [rendered, painted] ms.
 * - rendered: from the input event until its results are in the document with their style and
 *   layout worked out: Preact renders in a microtask queued by the input event, so a microtask
 *   queued after the event runs after it, and there reading the layout makes the browser do the
 *   style and layout at once. Painting is left out: the browser paints a frame for any change on
 *   screen, the typed letter in the field included.
 * - painted: to the first task after the next animation frame (so it includes waiting for it).
 * The next keystroke comes after that frame, as a person's would. The next task is a message, not
 * setTimeout: a timer set from a timer's task is held back to 4 ms after five such levels (HTML's
 * timer nesting clamp), a wait that is not the app's.
 */
export function typeAndTime([fieldId, text]) {
  const field = document.getElementById(fieldId);
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const nextTask = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
  const times = [];
  const one = async (i) => {
    const start = performance.now();
    setValue.call(field, text.slice(0, i));
    field.dispatchEvent(new Event('input', { bubbles: true }));
    const rendered = await new Promise((resolve) => queueMicrotask(() => {
      document.body.getBoundingClientRect();
      resolve(performance.now() - start);
    }));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await nextTask();
    times.push([rendered, performance.now() - start]);
  };
  return (async () => {
    for (let i = 1; i <= text.length; i++) await one(i);
    setValue.call(field, '');
    field.dispatchEvent(new Event('input', { bubbles: true }));
    return times;
  })();
}
