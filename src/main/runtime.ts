import { randomUUID } from 'node:crypto';
import { version } from '../../package.json';
import { contract, makeDispatcher, type Dispatcher, type LibraryState } from '../core/api';
import { readBuiltInPackYaml } from './resources/rule-packs';
import { ComplianceChecks, createHandlers, LibraryHost, type ServiceContext } from './services';

/** Everything a transport needs: the dispatcher over the services, and the library it uses. */
export interface Runtime {
  dispatcher: Dispatcher;
  context: ServiceContext;
  libraryState: () => LibraryState;
  close: () => void;
}

/** Options of the composition root. */
export interface RuntimeOptions {
  dbPath: string;
  host: 'electron' | 'browser';
  /** Validate handler output against the contract (on in tests). */
  validateOutput?: boolean;
}

/**
 * The composition root, shared by the Electron shell, the browser host and the
 * CLI: opens the library, builds the services and the dispatcher over them.
 */
export function createRuntime(options: RuntimeOptions): Runtime {
  const host = new LibraryHost(options.dbPath);
  const checks = new ComplianceChecks(readBuiltInPackYaml());
  const context: ServiceContext = {
    host,
    now: () => new Date(),
    newId: () => randomUUID(),
    actor: () =>
      (host.state().state === 'open' ? host.library().profiles.self()?.name : undefined) ??
      'Local user',
    hostKind: options.host,
    appVersion: version,
    unwaivedErrors: (library, draft) =>
      checks.unwaivedErrors(library, draft, new Date().toISOString().slice(0, 10)).length,
  };
  const dispatcher = makeDispatcher(contract, createHandlers(context, checks), {
    validateOutput: options.validateOutput ?? process.env.VETTED_VALIDATE_OUTPUT === '1',
    onUnexpectedError: (method, error) => {
      process.stderr.write(
        `vetted: ${method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    },
  });
  return { dispatcher, context, libraryState: () => host.state(), close: () => host.close() };
}
