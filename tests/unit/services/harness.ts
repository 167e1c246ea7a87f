import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  clientFromBridge,
  contract,
  makeBridge,
  makeDispatcher,
  type Transport,
  type VettedApi,
} from '../../../src/core/api';
import { readBuiltInPackYaml } from '../../../src/main/resources/rule-packs';
import {
  ComplianceChecks,
  createHandlers,
  LibraryHost,
  type ServiceContext,
} from '../../../src/main/services';

/** A library on a temp file with a controllable clock, and a client over an in-memory transport. */
export interface Harness {
  api: VettedApi;
  context: ServiceContext;
  dbPath: string;
  /** Moves the clock forward. */
  advance: (ms: number) => void;
  dispatch: (method: string, input: unknown) => ReturnType<Transport>;
  close: () => void;
}

/** Builds the services exactly as the runtime does, validating every output against the contract. */
export function createHarness(
  dbPath = join(mkdtempSync(join(tmpdir(), 'vetted-svc-')), 'library.sqlite'),
): Harness {
  let clock = new Date('2026-11-24T09:00:00.000Z').getTime();
  let ids = 0;
  const host = new LibraryHost(dbPath);
  const checks = new ComplianceChecks(readBuiltInPackYaml());
  const context: ServiceContext = {
    host,
    now: () => new Date(clock),
    newId: () => `id-${String((ids += 1)).padStart(4, '0')}`,
    actor: () => host.library().profiles.self()?.name ?? 'Ana Writer',
    hostKind: 'browser',
    appVersion: '0.0.0-test',
    unwaivedErrors: (library, draft) =>
      checks.unwaivedErrors(library, draft, new Date(clock).toISOString().slice(0, 10)).length,
  };
  const dispatcher = makeDispatcher(contract, createHandlers(context, checks), {
    validateOutput: true,
  });
  // Like IPC: everything is structured-cloned in both directions.
  const dispatch: Transport = async (method, input) =>
    structuredClone(await dispatcher(method, structuredClone(input)));
  const api = clientFromBridge(contract, makeBridge(contract, dispatch));
  return {
    api,
    context,
    dbPath,
    advance: (ms) => (clock += ms),
    dispatch,
    close: () => host.close(),
  };
}
