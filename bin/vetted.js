#!/usr/bin/env node
// The `vetted` command: runs the CLI built by `npm run build` (out/main/cli.js).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const major = Number(process.versions.node.split('.')[0]);
const localNode = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
if (major < 22 && existsSync(localNode)) {
  // The library's SQLite driver needs Node 22; the project ships one as a dev dependency.
  const result = spawnSync(localNode, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 2);
}

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('vetted: the command line is not built yet. Run "npm run build" first.\n');
  process.exit(2);
}
const { runCli } = await import(pathToFileURL(cli).href);
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
});
