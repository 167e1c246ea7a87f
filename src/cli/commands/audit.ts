import {
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  parseOptions,
  UsageError,
  type CommandSpec,
} from '../command';
import { openCliLibrary } from '../library';

const USAGE = `Usage: vetted audit verify [--db FILE]

Checks the library's audit trail: every row carries the hash of the row before it, so a
row edited, deleted or inserted outside Vetted breaks the chain. Names the first broken row.

Options:
  --db FILE   the library file (default: VETTED_DB, else the app's own library)

Exit codes: 0 the trail is intact, 1 it is broken, 2 bad input or usage.`;

/** `vetted audit verify`: checks the audit trail's hash chain. */
export const auditCommand: CommandSpec = {
  name: 'audit',
  summary: "verify the library's tamper-evident audit trail (vetted audit verify)",
  usage: USAGE,
  run: async (args, io) => {
    const { values, positionals } = parseOptions(args, { db: { type: 'string' } });
    if (positionals[0] !== 'verify' || positionals.length !== 1) {
      throw new UsageError(
        positionals[0] === undefined
          ? 'say what to do: vetted audit verify'
          : `unknown audit action "${positionals.join(' ')}"; the only one is "verify"`,
      );
    }
    const library = openCliLibrary(values.db, io.env);
    if (typeof library === 'string') {
      io.stderr(`vetted audit: ${library}\n`);
      return EXIT_USAGE;
    }
    try {
      const verdict = library.audit.verify();
      if (verdict.ok) {
        io.stdout(`Audit trail intact: ${verdict.rows} rows, every link verified.\n`);
        return EXIT_OK;
      }
      io.stdout(`Audit trail broken at row ${verdict.break.rowId}: ${verdict.break.reason}.\n`);
      return EXIT_PROBLEMS;
    } finally {
      library.close();
    }
  },
};
