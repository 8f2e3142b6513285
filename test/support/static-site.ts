import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One file a static site serves. */
export interface StaticFile {
  type: string;
  body: string | Uint8Array;
  /** Extra response headers (e.g. a Content-Security-Policy under test). */
  headers?: Record<string, string>;
}

export interface StaticSite {
  /** `http://127.0.0.1:<port>`: the site's origin. */
  url: string;
  close(): Promise<void>;
}

/**
 * A tiny static web server on a free loopback port: `files` by path (`/` for the page), 404 for
 * anything else. It plays the web client's own origin in browser tests.
 */
export const serveStatic = async (files: Record<string, StaticFile>): Promise<StaticSite> => {
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://x').pathname];
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store', ...file.headers })
      .end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
