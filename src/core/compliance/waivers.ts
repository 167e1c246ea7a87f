import type { Finding } from './finding';

/** What a waiver is matched on: the rule, the flagged text and the sentence around it. */
export interface WaiverKey {
  ruleId: string;
  excerpt: string;
  context: string;
}

/**
 * The waiver that still covers a finding, if any. A waiver holds only while the
 * rule, the flagged text and its sentence are all unchanged: editing the sentence
 * makes it lapse.
 */
export function waiverFor<W extends WaiverKey>(
  finding: Finding,
  waivers: readonly W[],
): W | undefined {
  return waivers.find(
    (waiver) =>
      waiver.ruleId === finding.ruleId &&
      waiver.excerpt === finding.excerpt &&
      waiver.context === finding.context,
  );
}

/** Findings no waiver covers. */
export function unwaived<W extends WaiverKey>(
  findings: readonly Finding[],
  waivers: readonly W[],
): Finding[] {
  return findings.filter((finding) => !waiverFor(finding, waivers));
}
