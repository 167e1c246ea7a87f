/** Fewest words an override reason may have: a sentence, not a shrug such as "ok". */
export const MIN_OVERRIDE_WORDS = 4;

/**
 * Why an override reason is not acceptable, in words the dialog shows as is; null when
 * it is. An override puts a known error in front of readers, so the audit must say why.
 */
export function overrideReasonProblem(reason: string | null | undefined): string | null {
  const text = (reason ?? '').trim();
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  if (words >= MIN_OVERRIDE_WORDS) return null;
  return text === ''
    ? 'An override needs a reason: say in a sentence why this may go out despite the errors.'
    : `The override reason “${text}” is too short: say in a sentence (at least ${MIN_OVERRIDE_WORDS} words) why this may go out despite the errors.`;
}
