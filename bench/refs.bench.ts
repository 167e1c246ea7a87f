import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { median, type Bench } from './table';

const ROOT = join(import.meta.dirname, '..');
const LARGE = join(
  ROOT,
  '..',
  'shared',
  'corpus',
  'references',
  'timing',
  'bbt-physics-library-7166.bib',
);
const SMALL = join(ROOT, 'tests', 'fixtures', 'references', 'library.ris');

/** Median wall time of a command run `runs` times, or null when it cannot run. */
function commandMs(command: string, args: string[], runs: number): number | null {
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      execFileSync(command, args, { stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30 });
      times.push(performance.now() - start);
    }
  } catch {
    return null;
  }
  return median(times);
}

// `vetted refs` exits 1 when some entries are unreadable; it still printed the rest.
function vettedMs(file: string, runs: number): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    try {
      execFileSync(process.execPath, [join(ROOT, 'bin', 'vetted.js'), 'refs', file], {
        stdio: ['ignore', 'ignore', 'ignore'],
      });
    } catch {
      // timed all the same
    }
    times.push(performance.now() - start);
  }
  return median(times);
}

/** `vetted refs` as a user runs it (one process, built CLI), with Pandoc's time beside it. */
export const refsBench: Bench = {
  name: 'refs',
  run: () => {
    const small = vettedMs(SMALL, 5);
    const large = vettedMs(LARGE, 3);
    const pandocLarge = commandMs('pandoc', ['-f', 'bibtex', '-t', 'csljson', LARGE], 3);
    return Promise.resolve([
      {
        work: 'vetted refs, 4-entry RIS file',
        budgetMs: 300,
        measuredMs: small,
        statistic: 'median of 5',
        note: 'whole process: start, read, print CSL-JSON',
      },
      {
        work: 'vetted refs, 7,166-entry BibTeX',
        budgetMs: pandocLarge === null ? 10_000 : pandocLarge / 3,
        measuredMs: large,
        statistic: 'median of 3',
        note:
          pandocLarge === null
            ? 'Pandoc not installed (budget 10 s)'
            : `Pandoc -f bibtex -t csljson ${pandocLarge.toFixed(0)} ms (×${(pandocLarge / large).toFixed(1)}); budget a third of it`,
      },
    ]);
  },
};
