import { citationsBench } from './citations.bench';
import { complianceBench } from './compliance.bench';
import { draftsBench } from './drafts.bench';
import { exportBench } from './export.bench';
import { keystrokeBench } from './keystroke.bench';
import { refsBench } from './refs.bench';
import { reviewBench } from './review.bench';
import { bundlesBench } from './bundles.bench';
import { formatTable, withinBudget, type Bench, type BenchResult } from './table';

/** Every benchmark; `npm run bench -- NAME…` runs only those named. */
const benches: Bench[] = [
  draftsBench,
  citationsBench,
  complianceBench,
  exportBench,
  refsBench,
  reviewBench,
  keystrokeBench,
  bundlesBench,
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const chosen = only.length ? benches.filter((bench) => only.includes(bench.name)) : benches;
  const results: BenchResult[] = [];
  for (const bench of chosen) {
    process.stderr.write(`running ${bench.name}…\n`);
    results.push(...(await bench.run()));
  }
  process.stdout.write(`${formatTable(results)}\n`);
  const over = results.filter((result) => !withinBudget(result));
  if (over.length) process.stdout.write(`\n${over.length} over budget.\n`);
}

void main();
