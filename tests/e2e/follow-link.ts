/** Runs in the page, in every engine's driver: follows a link inside the app the way a user
 * does, by clicking it, so the app navigates without a page load and an unlocked key stays.
 * (Typing the address would load the page.) Resolves after the next frame. Self-contained,
 * because drivers send its source text to the page. */
export function followLink(path: string): Promise<void> {
  const link = Object.assign(document.createElement('a'), { href: path });
  document.body.append(link);
  link.click();
  link.remove();
  return new Promise((rendered) => requestAnimationFrame(() => rendered()));
}
