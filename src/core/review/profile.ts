import { z } from 'zod';
import { Id } from '../api/ids';

/** What a person does in the review workflow. */
export const ROLES = ['writer', 'reviewer', 'editor'] as const;
/** A profile's role: writers draft, reviewers annotate and approve, editors publish. */
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Human labels of roles, as shown on badges and in the profile form. */
export const ROLE_LABELS: Record<Role, string> = {
  writer: 'Writer',
  reviewer: 'Reviewer',
  editor: 'Editor',
};

/**
 * A local identity, chosen at first start and copied onto everything the user
 * writes (threads, comments, suggestions, sign-offs), so the name survives on
 * another machine that has never seen this profile.
 */
export const Profile = z.object({
  id: Id,
  name: z.string().trim().min(1, 'Give your name').max(100, 'That name is too long'),
  initials: z
    .string()
    .trim()
    .min(1, 'Give your initials')
    .max(4, 'Use at most 4 characters for initials'),
  role: Role,
});
export type Profile = z.infer<typeof Profile>;

/** Initials for a name: first letters of the first and last words, upper case ("Ana María López" → "AL"). */
export function initialsFor(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter(Boolean);
  const first = words[0];
  if (!first) return '';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letters = [first, last].filter((word): word is string => Boolean(word));
  return letters.map((word) => Array.from(word)[0]!.toLocaleUpperCase()).join('');
}
