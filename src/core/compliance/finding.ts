import { z } from 'zod';

/** How serious a finding is; errors block approval and export. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

/** One problem the checker found, with the editor positions it covers. */
export const Finding = z.object({
  ruleId: z.string(),
  severity: Severity,
  message: z.string(),
  suggestion: z.string().optional(),
  from: z.number().int(),
  to: z.number().int(),
  excerpt: z.string(),
  /** The whole sentence (or block) the finding sits in: a waiver holds only while it is unchanged. */
  context: z.string(),
});
export type Finding = z.infer<typeof Finding>;

/** Severity order for sorting and grouping: errors first. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings sorted by position, then severity, then rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.from - b.from ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/** "2 errors · 5 warnings" (info is left out unless it is all there is). */
export function summarizeFindings(findings: readonly Pick<Finding, 'severity'>[]): string {
  const count = (severity: Severity) =>
    findings.filter((finding) => finding.severity === severity).length;
  const parts: string[] = [];
  const errors = count('error');
  const warnings = count('warning');
  parts.push(`${errors} ${errors === 1 ? 'error' : 'errors'}`);
  parts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  return parts.join(' · ');
}
