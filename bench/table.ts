/** One measured budget: what was timed, the budget, and what we measured. */
export interface BenchResult {
  work: string;
  budgetMs: number;
  measuredMs: number;
  /** How the number was taken: "median of 30", "p95 of 200 keystrokes" … */
  statistic: string;
  /** Extra columns, e.g. a baseline tool's time for comparison. */
  note?: string;
  /** What budget and measured count: milliseconds (the default) or kilobytes (bundle sizes). */
  unit?: 'ms' | 'kB';
}

/** Whether a result is inside its budget (a size may equal it; a time must be under). */
export function withinBudget(result: BenchResult): boolean {
  return result.unit === 'kB'
    ? result.measuredMs <= result.budgetMs
    : result.measuredMs < result.budgetMs;
}

function formatValue(result: BenchResult, value: number): string {
  return result.unit === 'kB' ? `${value.toFixed(1)} kB` : formatMs(value);
}

/** A benchmark: a name for --only filtering and a function producing results. */
export interface Bench {
  name: string;
  run: () => Promise<BenchResult[]>;
}

/** The results as a fixed-width table with PASS/OVER per row. */
export function formatTable(results: BenchResult[]): string {
  const rows = results.map((result) => [
    result.work,
    `${result.unit === 'kB' ? '≤' : '<'} ${formatValue(result, result.budgetMs)}`,
    formatValue(result, result.measuredMs),
    result.statistic,
    withinBudget(result) ? 'PASS' : 'OVER',
    result.note ?? '',
  ]);
  const header = ['work', 'budget', 'measured', 'statistic', 'result', 'note'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/** "3.42 ms" */
export function formatMs(ms: number): string {
  return ms >= 100
    ? `${ms.toFixed(0)} ms`
    : ms >= 10
      ? `${ms.toFixed(1)} ms`
      : `${ms.toFixed(2)} ms`;
}

/** Runs `work` repeatedly (after warm-up) and returns every duration in ms. */
export async function sample(work: () => unknown, runs: number, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
}

/** The p-th percentile (0–100) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** The median of a list of numbers. */
export function median(values: number[]): number {
  return percentile(values, 50);
}
