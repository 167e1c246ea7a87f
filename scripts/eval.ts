// `npm run eval`: how the checker measures on real text against answer keys written before it ran.
import { precisionRecall, type RuleCounts } from '../src/core/compliance/evaluation';
import { CORPORA, builtInPack, runCorpus, type CorpusRun } from './eval/run-corpus';

const pack = builtInPack();
const runs = CORPORA.map((corpus) => runCorpus(corpus.name, corpus.folder, pack)).filter(
  (run): run is CorpusRun => run !== null,
);

const fixed = (n: number) => n.toFixed(2);
function row(name: string, c: RuleCounts): string {
  const { precision, recall } = precisionRecall(c);
  return `${name.padEnd(34)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)}   ${fixed(precision)}      ${fixed(recall)}`;
}

for (const run of runs) {
  const { summary, scores } = run;
  const good = scores.filter((s) => s.kind === 'good').length;
  console.log(
    `\n## ${run.name}: ${scores.length} documents (${good} good, ${scores.length - good} problem)\n`,
  );
  console.log(`${'rule'.padEnd(34)}    tp    fp    fn   precision recall`);
  for (const rule of Object.keys(summary.perRule).sort())
    console.log(row(rule, summary.perRule[rule]!));
  console.log(row('ALL', summary.overall));
  console.log(
    `\ngood texts (${summary.goodWords} words): ${fixed(summary.goodErrorsPer1000)} errors and ${fixed(summary.goodWarningsPer1000)} warnings per 1,000 words not expected by the key`,
  );
  const problems = scores.length - good;
  console.log(
    `problem texts with no error on their text: ${summary.problemsWithoutTextError.length} of ${problems}${summary.problemsWithoutTextError.length ? ` (${summary.problemsWithoutTextError.join(', ')})` : ''}`,
  );
  const unlocated = scores.flatMap((s) => s.unlocated.map((u) => `${s.id}: "${u}"`));
  if (unlocated.length)
    console.log(`key excerpts not found in their file:\n  ${unlocated.join('\n  ')}`);
  console.log('\nmost disagreement:');
  for (const { id, count } of summary.mostDisagreement.slice(0, 10)) {
    const score = scores.find((s) => s.id === id)!;
    console.log(`  ${id}: ${count}`);
    for (const d of score.disagreements.slice(0, 6))
      console.log(
        d.kind === 'missed'
          ? `    missed ${d.item.rule} ${d.item.severity} "${(d.item.match ?? '(document)').replace(/\s+/g, ' ').slice(0, 70)}"`
          : `    ${d.kind} ${d.finding.ruleId} ${d.finding.severity} "${(d.finding.excerpt || '(document)').slice(0, 70)}"`,
      );
  }
}
