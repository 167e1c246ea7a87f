import { version } from '../../package.json';
import {
  EXIT_OK,
  EXIT_USAGE,
  InputError,
  UsageError,
  type CliIO,
  type CommandSpec,
  type LazyCommand,
} from './command';
import { commands } from './commands';

/** Top-level help: every command with its one-line summary. */
export function helpText(table: readonly (CommandSpec | LazyCommand)[]): string {
  const width = Math.max(...table.map((command) => command.name.length));
  const lines = table.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    'Usage: vetted <command> [options]',
    '',
    'Vetted: evidence-based health writing, offline.',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  --help      show help (also: vetted <command> --help)',
    '  --version   print the version',
    '',
    'Exit codes: 0 ok, 1 the work found problems, 2 bad input or usage.',
    '',
  ].join('\n');
}

/** Runs the CLI with arguments (without "node vetted"); resolves with the exit code. */
export async function runCli(
  argv: string[],
  io: CliIO,
  table: readonly (CommandSpec | LazyCommand)[] = commands,
): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    (first === undefined ? io.stderr : io.stdout)(helpText(table));
    return first === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${version}\n`);
    return EXIT_OK;
  }
  const found = table.find((candidate) => candidate.name === first);
  if (!found) {
    io.stderr(`vetted: unknown command "${first}". Run "vetted --help" for the list.\n`);
    return EXIT_USAGE;
  }
  const command = 'load' in found ? await found.load() : found;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`vetted ${command.name}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.stderr(`vetted ${command.name}: ${error.message}\n${command.usage}\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`vetted ${command.name}: ${message}\n`);
    return EXIT_USAGE;
  }
}
