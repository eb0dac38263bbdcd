import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml',
};

/** A plain static file server, like the hosting the app is made for. Closing it really takes
 * the app offline for the browser, which is a stronger test than emulating a lost network. */
/**
 * @param {string} dir
 * @param {number} port 0 for any free port
 * @param {{ prefix?: string }} options `prefix`: serve the site in a folder, like '/meldwijzer/'
 */
export async function startServer(dir, port = 0, { prefix = '/' } = {}) {
  let root = resolve(dir);
  const sockets = new Set();
  const server = createServer((req, res) => {
    const requested = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (!requested.startsWith(prefix) && `${requested}/` !== prefix) {
      res.writeHead(404).end('not found');
      return;
    }
    const path = normalize(`/${requested.slice(prefix.length)}`).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    let status = 200;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    // Like static hosts: a missing page gets the site's own 404.html, with status 404.
    if (!file.startsWith(root) || !existsSync(file)) {
      file = join(root, '404.html');
      status = 404;
      if (!existsSync(file)) {
        res.writeHead(404).end('not found');
        return;
      }
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Static hosts compress text on the fly; serving it raw would make every script look bigger than it is.
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && !type.startsWith('image/png') && type !== 'application/octet-stream';
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    const body = createReadStream(file);
    if (gzip) body.pipe(createGzip()).pipe(res);
    else body.pipe(res);
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${actual}${prefix}`,
    /** Serve another build from now on: a new deployment of the app at the same address. */
    setRoot: (next) => { root = resolve(next); },
    close: () => new Promise((ok) => { for (const s of sockets) s.destroy(); server.close(() => ok(undefined)); }),
  };
}
