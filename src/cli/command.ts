import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** Exit codes shared by every command: 0 ok, 1 the work found problems, 2 bad input or usage. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** Where a command writes; tests pass buffers, the real CLI passes process streams. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Environment variables (VETTED_DB and friends). */
  env: Record<string, string | undefined>;
  /** Working directory that relative paths are resolved against. */
  cwd: string;
}

/** One subcommand: its name, one-line summary, usage text and runner. */
export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  run: (args: string[], io: CliIO) => Promise<number>;
}

/**
 * A command known by its name and summary whose code is imported only when it runs,
 * so `vetted refs` does not load SQLite, the DOCX reader and the compliance engine.
 */
export interface LazyCommand {
  name: string;
  summary: string;
  load: () => Promise<CommandSpec>;
}

/** A usage error: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Bad input (a missing file, an unreadable pack): printed without the usage text, exit code 2. */
export class InputError extends UsageError {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** `parseArgs` with positionals, strict options, and its complaints turned into usage errors. */
export function parseOptions<T extends ParseArgsOptionsConfig>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
