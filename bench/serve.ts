import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.pbf': 'application/x-protobuf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.pmtiles': 'application/vnd.pmtiles',
};

/** A running static server and its address. */
export interface StaticSite {
  /** The site's root URL, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

function fileFor(root: string, url: string): string | undefined {
  const path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** One byte range `bytes=a-b` (or `a-`, `-n`) of a file of `size` bytes, if it asks for one. */
export function byteRange(header: string | undefined, size: number): [number, number] | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const start = match[1] === '' ? Math.max(0, size - Number(match[2])) : Number(match[1]);
  const end = match[1] === '' || match[2] === '' ? size - 1 : Math.min(size - 1, Number(match[2]));
  return start <= end ? [start, end] : undefined;
}

/**
 * Serves a built site from `dir` on localhost, uncompressed and uncached, on a free port, with
 * byte ranges (as a PMTiles archive is read). Bytes are counted from the files, not from the
 * wire, so compression here would change nothing. `onrequest` hears every request's path.
 */
export function serveStatic(
  dir: string,
  onrequest: (path: string) => void = () => undefined,
): Promise<StaticSite> {
  const root = resolve(dir);
  const server: Server = createServer((request, response) => {
    onrequest(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = fileFor(root, request.url ?? '/');
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const size = statSync(file).size;
    const range = byteRange(request.headers.range, size);
    const headers = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': range ? range[1] - range[0] + 1 : size,
      'Cache-Control': 'no-store',
      'Accept-Ranges': 'bytes',
      ...(range ? { 'Content-Range': `bytes ${range[0]}-${range[1]}/${size}` } : {}),
    };
    response.writeHead(range ? 206 : 200, headers);
    if (request.method === 'HEAD') response.end();
    else createReadStream(file, range ? { start: range[0], end: range[1] } : {}).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}
