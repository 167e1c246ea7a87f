import { evaluateReferences, type Tally } from './refs-eval';

// npm run eval:refs [-- --misses]: field accuracy of the reference readers on the real corpus.
const report = evaluateReferences();
const pct = (t: Tally): string => `${(t.right / t.total).toFixed(3)} (${t.right}/${t.total})`;
console.log(`field accuracy ${report.fieldAccuracy.toFixed(3)}`);
for (const [name, t] of Object.entries(report.byFormat))
  console.log(`  format ${name.padEnd(10)} ${pct(t)}`);
for (const [name, t] of Object.entries(report.byField))
  console.log(`  field  ${name.padEnd(10)} ${pct(t)}`);
console.log(`entry counts right ${report.counts.right}/${report.counts.total}`);
for (const wrong of report.counts.wrong) console.log(`  ${wrong}`);
console.log(
  `broken files reported ${report.broken.reported}/${report.broken.total}`,
  report.broken.silent.join(' '),
);
console.log(`new formats read ${report.newFormats.read}/${report.newFormats.total}`);
console.log(`AMA/Vancouver strings exact ${report.strings.right}/${report.strings.total}`);
if (process.argv.includes('--misses')) {
  for (const miss of report.misses) console.log(`  miss ${miss}`);
  for (const w of report.strings.wrong)
    console.log(`  ${w.style}\n    want ${w.want}\n    got  ${w.got}`);
}
