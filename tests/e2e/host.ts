import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A running browser host on its own library file. */
export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  dbPath: string;
  process: ChildProcess;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

const HOST_SCRIPT = resolve('out/main/host.js');

/** A fresh temporary library path. */
export function tempLibraryPath(name = 'library.sqlite'): string {
  return join(mkdtempSync(join(tmpdir(), 'vetted-e2e-')), name);
}

/**
 * Starts `out/main/host.js` (built by `npm run build`) on a random port and waits
 * for its one line "Vetted is running at URL".
 */
export function startHost(
  dbPath = tempLibraryPath(),
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<RunningHost> {
  const child = spawn(process.execPath, [HOST_SCRIPT, '--db', dbPath], {
    env: { ...process.env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolveHost, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${stderr}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${stderr}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Vetted is running at (http:\/\/127\.0\.0\.1:\d+\/#token=(\S+))/.exec(stdout);
      if (!match?.[1] || !match[2]) return;
      clearTimeout(timer);
      const url = match[1];
      resolveHost({
        url,
        origin: new URL(url).origin,
        token: match[2],
        dbPath,
        process: child,
        stop: (signal = 'SIGTERM') =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill(signal);
          }),
      });
    });
  });
}

/** Calls one API method on a running host, as the page does; resolves with its value. */
export async function callApi(host: RunningHost, method: string, input: unknown): Promise<unknown> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify({ input }),
  });
  const envelope = (await response.json()) as { ok: boolean; value?: unknown };
  if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope)}`);
  return envelope.value;
}
