/**
 * A host site for the embed tests, on another origin than the embeds (localhost vs 127.0.0.1,
 * another port): it serves the pages the tests give it and, from npm, pym.js as published.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const STATIC: Record<string, { type: string; body: string }> = {
  '/pym.v1.min.js': {
    type: 'text/javascript',
    body: readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8'),
  },
};

export interface Host {
  origin: string;
  /** Serves `html` at a fresh path; returns its URL. */
  page(html: string): string;
  close(): Promise<void>;
}

export async function startHost(): Promise<Host> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = STATIC[path];
    const html = pages.get(path);
    if (file) response.writeHead(200, { 'content-type': file.type }).end(file.body);
    else if (html) response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else response.writeHead(404).end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('host server has no port');
  const origin = `http://localhost:${address.port}`;
  let n = 0;
  return {
    origin,
    page(html) {
      const path = `/host-${++n}.html`;
      pages.set(
        path,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
          `<meta name="viewport" content="width=device-width"><title>Host</title>` +
          `<style>body{margin:0}p{margin:0;height:40px}</style></head>` +
          `<body><p>Host article text.</p>${html}<p>More host text.</p></body></html>`,
      );
      return `${origin}${path}`;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
