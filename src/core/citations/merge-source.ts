import type { CslItem, Evidence, Source } from './source';

/** A stored source after filling its gaps from a duplicate, and which fields were filled. */
export interface MergeResult<S extends Source> {
  source: S;
  /** CSL variables ("DOI", "abstract") and evidence fields ("evidence.design") that were empty and now are not. */
  filled: string[];
}

/**
 * Merges a duplicate into a stored source without ever overwriting what the user
 * has: only CSL variables the stored source lacks (or has empty) and evidence it
 * has not assessed are taken from the incoming one. A retraction flag is always
 * taken, since "not retracted" is only the default. Id and key stay.
 */
export function mergeSource<S extends Source>(
  stored: S,
  incoming: { csl: CslItem; evidence: Evidence },
): MergeResult<S> {
  const filled: string[] = [];
  const csl: Record<string, unknown> = { ...stored.csl };
  for (const [variable, value] of Object.entries(incoming.csl)) {
    if (variable === 'id' || isEmpty(value) || !isEmpty(csl[variable])) continue;
    csl[variable] = value;
    filled.push(variable);
  }

  const evidence: Evidence = { ...stored.evidence };
  for (const field of ['design', 'participants', 'peerReviewed'] as const) {
    if (evidence[field] === null && incoming.evidence[field] !== null) {
      (evidence as Record<typeof field, unknown>)[field] = incoming.evidence[field];
      filled.push(`evidence.${field}`);
    }
  }
  if (!evidence.retracted && incoming.evidence.retracted) {
    evidence.retracted = true;
    filled.push('evidence.retracted');
  }
  return { source: { ...stored, csl: csl as CslItem, evidence }, filled };
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}
