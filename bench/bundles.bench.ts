import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Bench, BenchResult } from './table';

const KB = 1024;

function kB(path: string): { raw: number; gzip: number } {
  const bytes = readFileSync(path);
  return { raw: bytes.length / KB, gzip: gzipSync(bytes).length / KB };
}

/** The built bundles' sizes against DESIGN.md's budgets (`npm run bench` builds first). */
export const bundlesBench: Bench = {
  name: 'bundles',
  run: () => {
    const preload = kB('out/preload/index.cjs');
    const assets = join('out/renderer/assets');
    const chunks = readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => ({ file, ...kB(join(assets, file)) }))
      .sort((a, b) => b.raw - a.raw);
    const largest = chunks[0];
    const results: BenchResult[] = [
      {
        work: 'bundle: preload',
        budgetMs: 5,
        measuredMs: preload.raw,
        statistic: 'bytes on disk',
        note: `gzip ${preload.gzip.toFixed(1)} kB`,
        unit: 'kB',
      },
    ];
    if (largest) {
      results.push({
        work: 'bundle: largest renderer chunk',
        budgetMs: 700,
        measuredMs: largest.raw,
        statistic: 'bytes on disk',
        note: `${largest.file}, gzip ${largest.gzip.toFixed(0)} kB; ${chunks.length} chunks`,
        unit: 'kB',
      });
    }
    return Promise.resolve(results);
  },
};
