import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ComplianceChecker, loadBuiltInPack, type RulePack } from '../../src/core/compliance';
import {
  parseAnswerKey,
  scoreDocument,
  summarizeScores,
  type CorpusSummary,
  type DocumentScore,
  type ScoredFinding,
} from '../../src/core/compliance/evaluation';
import { countWords } from '../../src/core/document/word-count';
import { docToPlainText } from '../../src/core/document/plain-text';
import { articleSchema } from '../../src/core/document/schema';
import { importMarkdownArticle } from '../../src/core/import';

/** The repository's root folder. */
export const ROOT = join(import.meta.dirname, '../..');

/** The corpora the checker is measured on (the shared one sits beside the clone). */
export const CORPORA = [
  { name: 'tests/corpus/real', folder: join(ROOT, 'tests/corpus/real') },
  { name: '../shared/corpus/real-articles', folder: join(ROOT, '../shared/corpus/real-articles') },
] as const;

/** The claim-strength evaluation set (GPL evaluation data: read in place, never copied). */

/** A fixed date, so source-age rules give the same answer on every run. */
const TODAY = '2026-12-01';

/** The built-in rule pack, read from resources. */
export function builtInPack(): RulePack {
  return loadBuiltInPack(readFileSync(join(ROOT, 'resources/rules/medical-public.yaml'), 'utf8'));
}

/** One corpus measured: every document's score, and the sums. */
export interface CorpusRun {
  name: string;
  scores: DocumentScore[];
  summary: CorpusSummary;
}

/** Checks one Markdown file and returns its findings with file spans, and its word count. */
export function checkMarkdownFile(
  fileText: string,
  pack: RulePack,
): { findings: ScoredFinding[]; words: number } {
  const article = importMarkdownArticle(fileText);
  const doc = articleSchema().nodeFromJSON(article.doc);
  const findings = new ComplianceChecker(pack).check({
    doc,
    sources: article.sources,
    metadata: article.metadata,
    today: TODAY,
  });
  const lineStarts = [0];
  for (let i = 0; i < fileText.length; i += 1)
    if (fileText.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const offsetOf = (pos: number) => {
    const { line, column } = article.positions.lineColumnOf(pos);
    return (lineStarts[line - 1] ?? 0) + column - 1;
  };
  return {
    words: countWords(docToPlainText(article.doc)),
    findings: findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      excerpt: finding.excerpt,
      span:
        finding.excerpt === ''
          ? null
          : {
              from: offsetOf(finding.from),
              to: Math.max(offsetOf(finding.to), offsetOf(finding.from) + 1),
            },
    })),
  };
}

/** Runs the checker over a corpus folder with an answer-key.json; null when the folder is absent. */
export function runCorpus(name: string, folder: string, pack: RulePack): CorpusRun | null {
  const keyFile = join(folder, 'answer-key.json');
  if (!existsSync(keyFile)) return null;
  const key = parseAnswerKey(readFileSync(keyFile, 'utf8'), `${name}/answer-key.json`);
  const scores = key
    .filter((entry) => existsSync(join(folder, entry.file)))
    .map((entry) => {
      const fileText = readFileSync(join(folder, entry.file), 'utf8');
      const { findings, words } = checkMarkdownFile(fileText, pack);
      return scoreDocument(entry, fileText, words, findings);
    });
  return { name, scores, summary: summarizeScores(scores) };
}
