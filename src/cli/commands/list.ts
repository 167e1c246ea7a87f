import { parseArgs } from 'node:util';
import { readingTimeLabel } from '../../core/document/word-count';
import { EXIT_OK, EXIT_USAGE, UsageError, type CommandSpec } from '../command';
import { openCliLibrary } from '../library';

const USAGE = `Usage: vetted list [--db FILE] [--trash] [--json]

Lists the drafts in the library, most recently edited first.

Options:
  --db FILE   the library file (default: VETTED_DB, else the app's own library)
  --trash     list the drafts in the trash instead
  --json      print JSON instead of a table`;

/** `vetted list`: the library's drafts. */
export const listCommand: CommandSpec = {
  name: 'list',
  summary: "list the library's drafts (title, category, status, last edited, words)",
  usage: USAGE,
  run: async (args, io) => {
    let values: { db?: string; trash?: boolean; json?: boolean };
    try {
      ({ values } = parseArgs({
        args,
        options: { db: { type: 'string' }, trash: { type: 'boolean' }, json: { type: 'boolean' } },
      }));
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const library = openCliLibrary(values.db, io.env);
    if (typeof library === 'string') {
      io.stderr(`vetted list: ${library}\n`);
      return EXIT_USAGE;
    }
    try {
      const drafts = library.drafts.list(values.trash ?? false);
      if (values.json) {
        io.stdout(`${JSON.stringify(drafts, null, 2)}\n`);
        return EXIT_OK;
      }
      if (!drafts.length) {
        io.stdout(values.trash ? 'The trash is empty.\n' : 'No drafts yet.\n');
        return EXIT_OK;
      }
      const rows = drafts.map((draft) => [
        draft.title.trim() || 'Untitled draft',
        draft.category || '—',
        draft.status,
        draft.updatedAt.slice(0, 16).replace('T', ' '),
        String(draft.wordCount),
        readingTimeLabel(draft.wordCount),
      ]);
      io.stdout(
        table(['Title', 'Category', 'Status', 'Last edited (UTC)', 'Words', 'Reading time'], rows),
      );
      return EXIT_OK;
    } finally {
      library.close();
    }
  },
};

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return `${[line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n')}\n`;
}
