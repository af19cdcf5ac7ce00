/**
 * npm run serve (and npm start, after the build) — serves dist/ on localhost with the headers
 * from dist/_headers applied, as a static host would.
 *
 *   node src/cli/serve.ts [--dir dist] [--port 4321] [--host 127.0.0.1]
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile } from '../lib/http/headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** Resolves a URL path to a file inside root, or null; never escapes root. */
export function fileFor(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    return null;
  }
  const candidate = normalize(join(root, path));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(candidate) ? candidate : null;
}

export function serve(options: { dir: string; port: number; host: string }): Promise<Server> {
  const root = resolve(options.dir);
  const headersPath = join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    // Directory URLs without their slash redirect, as static hosts do.
    const direct = fileFor(root, urlPath);
    if (!urlPath.endsWith('/') && !direct && fileFor(root, `${urlPath}/`)) {
      response.writeHead(301, { location: `${urlPath}/` }).end();
      return;
    }
    // The headers file configures the server; it is not content.
    const file = direct && !direct.endsWith(`${sep}_headers`) ? direct : null;
    const status = file ? 200 : 404;
    const body =
      status === 200
        ? readFileSync(file!)
        : existsSync(join(root, '404.html'))
          ? readFileSync(join(root, '404.html'))
          : Buffer.from('Not found');
    const type = status === 200 ? (TYPES[extname(file!)] ?? 'application/octet-stream') : TYPES['.html']!;
    response.writeHead(status, {
      'content-type': type,
      'content-length': body.length,
      ...Object.fromEntries(headersFor(rules, urlPath)),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, () => done(server));
  });
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  if (!existsSync(join(values.dir, 'index.html'))) {
    console.error(`${values.dir}/index.html does not exist: run \`npm run build\` first.`);
    process.exit(1);
  }
  const server = await serve({ dir: values.dir, port: Number(values.port), host: values.host });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(`Frontier is served at http://${values.host}:${port}/ (from ${values.dir}/; Ctrl+C to stop)`);
}
