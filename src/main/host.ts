import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startHttpHost } from './transport/http';
import { resolveLibraryPath } from './paths';
import { createRuntime } from './runtime';

/**
 * `npm run serve -- [--db FILE] [--port N]`: the workstation for a browser, on
 * 127.0.0.1 only, against the same services and library file as the desktop app.
 */
async function main(): Promise<void> {
  let values: { db?: string; port?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { db: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean' } },
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    process.stdout.write('Usage: npm run serve -- [--db FILE] [--port N]\n');
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port must be a port number, not "${values.port}"`);

  const here = dirname(fileURLToPath(import.meta.url));
  const runtime = createRuntime({ dbPath: resolveLibraryPath(values.db), host: 'browser' });
  const library = runtime.libraryState();
  if (library.state !== 'open') process.stderr.write(`Warning: ${library.message}\n`);

  const host = await startHttpHost({
    dispatcher: runtime.dispatcher,
    rendererDir: join(here, '..', 'renderer'),
    port,
  }).catch((error: unknown) => fail(`Cannot listen on port ${port}: ${String(error)}`));

  process.stdout.write(`Vetted is running at ${host.url}\n`);

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    void host.close().finally(() => {
      runtime.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

function fail(message: string): never {
  process.stderr.write(`vetted serve: ${message}\n`);
  process.exit(2);
}

void main();
