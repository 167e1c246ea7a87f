import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientFromBridge, contract, makeBridge, type VettedApi } from '../src/core/api';
import { createRuntime, type Runtime } from '../src/main/runtime';

/** The real stack on a fresh library file, and a client that structured-clones both ways, as IPC does. */
export function benchRuntime(name: string): { runtime: Runtime; api: VettedApi } {
  const dir = mkdtempSync(join(tmpdir(), `vetted-bench-${name}-`));
  const runtime = createRuntime({ dbPath: join(dir, 'library.sqlite'), host: 'browser' });
  const api = clientFromBridge(
    contract,
    makeBridge(contract, async (method, input) =>
      structuredClone(await runtime.dispatcher(method, structuredClone(input))),
    ),
  );
  return { runtime, api };
}
