import type { Locale } from '../content/schema';

/** The browser refused to take the file (blocked downloads, no download support). */
export class DownloadRefused extends Error {
  override name = 'DownloadRefused';
}

/** Hands a file to the browser's downloads. Throws DownloadRefused when the browser refuses at
 * once; a download the browser drops later cannot be seen from here, so the UI asks the user to
 * check the downloads folder. */
export function download(blob: Blob, name: string): void {
  if (!('download' in HTMLAnchorElement.prototype)) throw new DownloadRefused('This browser cannot save files from a page');
  let url: string;
  try {
    url = URL.createObjectURL(blob);
    Object.assign(document.createElement('a'), { href: url, download: name }).click();
  } catch (e) {
    throw new DownloadRefused('The browser refused the download', { cause: e });
  }
  // Long enough for the browser to start reading it; the file itself is not affected.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file size as people read it: whole kilobytes (rounded up, so never '0 kB'), or megabytes. */
export function fileSize(bytes: number, lang: Locale): string {
  const kb = Math.ceil(bytes / 1024);
  if (kb < 1024) return `${kb} kB`;
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}
