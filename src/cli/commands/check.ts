import { ComplianceChecker, type Finding, type RulePack } from '../../core/compliance';
import { findingLocation, readMarkdownArticle } from '../article-files';
import {
  type CliIO,
  type CommandSpec,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  UsageError,
  parseOptions,
} from '../command';
import { readRulePack } from '../rule-pack';

const USAGE = `Usage: vetted check FILE.md... [--bib REFS] [--rules PACK.yaml] [--format text|json]

Checks Markdown articles (YAML front matter, Pandoc citations such as [@key]) with
the compliance rules the editor uses. The bibliography comes from --bib, else from
the front matter's "bibliography:" (relative to the article).

Text output, one finding per line:  file:line:col severity ruleId message
JSON output: [{ "file", "findings": [{ "ruleId", "severity", "message", "line",
"column", "excerpt", "suggestion"? }] }]

Options:
  --bib REFS          a bibliography (BibTeX, RIS, MEDLINE or CSL-JSON); repeatable
  --rules PACK.yaml   a rule pack (it may extend medical-public) instead of the built-in one
  -f, --format FMT    text (default) or json

Exit codes: 0 no errors, 1 errors found, 2 bad input or usage.`;

/** One finding as the command line reports it. */
interface ReportedFinding {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  line: number;
  column: number;
  excerpt: string;
  suggestion?: string;
}

/** `vetted check`: compliance findings of Markdown articles. */
export const checkCommand: CommandSpec = {
  name: 'check',
  summary: 'check Markdown articles against the compliance rules (file:line:col findings)',
  usage: USAGE,
  run: runCheck,
};

async function runCheck(args: string[], io: CliIO): Promise<number> {
  const options = readOptions(args);
  const pack = readRulePack(options.rules, io.cwd);
  const reports: { file: string; findings: ReportedFinding[] }[] = [];
  let unreadable = false;
  for (const file of options.files) {
    try {
      reports.push({ file, findings: await checkFile(file, options.bib, pack, io) });
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`vetted check: ${error.message}\n`);
      unreadable = true;
    }
  }
  if (options.format === 'json') io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
  else
    for (const { file, findings } of reports)
      for (const finding of findings)
        io.stdout(
          `${file}:${finding.line}:${finding.column} ${finding.severity} ${finding.ruleId} ${finding.message}\n`,
        );
  if (unreadable) return EXIT_USAGE;
  const errors = reports.some((report) =>
    report.findings.some((finding) => finding.severity === 'error'),
  );
  return errors ? EXIT_PROBLEMS : EXIT_OK;
}

async function checkFile(
  file: string,
  bib: string[],
  pack: RulePack,
  io: CliIO,
): Promise<ReportedFinding[]> {
  const article = await readMarkdownArticle(file, bib, io.cwd, io.stderr);
  const findings = new ComplianceChecker(pack).check({
    doc: article.doc,
    sources: article.sources,
    metadata: article.metadata,
    today: new Date().toISOString().slice(0, 10),
  });
  return findings.map((finding) => {
    const { line, column } = findingLocation(article, finding);
    return {
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      line,
      column,
      excerpt: finding.excerpt,
      ...(finding.suggestion ? { suggestion: finding.suggestion } : {}),
    };
  });
}

function readOptions(args: string[]) {
  const parsed = parseOptions(args, {
    bib: { type: 'string', multiple: true },
    rules: { type: 'string' },
    format: { type: 'string', short: 'f' },
  });
  const format = parsed.values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`unknown format "${format}": use text or json`);
  if (!parsed.positionals.length) throw new UsageError('give at least one Markdown file');
  return {
    files: parsed.positionals,
    bib: parsed.values.bib ?? [],
    rules: parsed.values.rules,
    format: format as 'text' | 'json',
  };
}
