/**
 * Builds the site once per test run (the build and browser projects share it) and serves dist/
 * on a free port with the production headers. The URL reaches tests through `inject('siteUrl')`.
 */
import type { TestProject } from 'vitest/node';
import type { Server } from 'node:http';
import { build } from '../../src/cli/build.ts';
import { serve } from '../../src/cli/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

let server: Server | undefined;
let built = false;

export async function setup(project: TestProject): Promise<void> {
  if (!built && !process.env.FRONTIER_SKIP_BUILD) {
    if (!build('dist').ok) throw new Error('the site did not build: see the messages above');
    built = true;
  }
  server ??= await serve({ dir: 'dist', port: 0, host: '127.0.0.1' });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('test server has no port');
  project.provide('siteUrl', `http://127.0.0.1:${address.port}`);
}

export async function teardown(): Promise<void> {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  server = undefined;
}
