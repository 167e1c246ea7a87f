import { z } from 'zod';
import { Finding } from '../compliance/finding';
import { Profile } from '../review/profile';
import { method } from './define';
import { Id, Timestamp } from './ids';

/** The rule packs in force: the built-in one, and the library's own if it has one. */
export const PackInfo = z.object({
  builtIn: z.object({ name: z.string(), yaml: z.string() }),
  custom: z.object({ name: z.string(), fileName: z.string(), yaml: z.string() }).nullable(),
});
export type PackInfo = z.infer<typeof PackInfo>;

/** A waived finding: who waived it, when and why. */
export const Waiver = z.object({
  id: Id,
  draftId: Id,
  ruleId: z.string(),
  excerpt: z.string(),
  context: z.string(),
  reason: z.string(),
  waivedBy: Profile,
  waivedAt: Timestamp,
});
export type Waiver = z.infer<typeof Waiver>;

/** A finding with the waiver that covers it, if one does. */
export const CheckedFinding = Finding.extend({ waiver: Waiver.nullable() });
export type CheckedFinding = z.infer<typeof CheckedFinding>;

/** The compliance checker's rule pack, checks of stored drafts, and waivers. */
export const complianceContract = {
  pack: method({
    summary: 'The rule packs in force (YAML text), so every window checks with the same rules.',
    input: z.object({}).default({}),
    output: PackInfo,
  }),
  setPack: method({
    summary:
      'Uses a custom YAML rule pack for this library; a bad pack is refused (file:line: field: message) and the old one stays.',
    input: z.object({
      yaml: z.string().max(2_000_000, 'The rule pack is larger than 2 MB'),
      fileName: z.string().min(1).max(500),
    }),
    output: PackInfo,
  }),
  resetPack: method({
    summary: 'Goes back to the built-in medical-public pack.',
    input: z.object({}).default({}),
    output: PackInfo,
  }),
  check: method({
    summary: 'Checks a stored draft: every finding, each with its waiver if one covers it.',
    input: z.object({ draftId: Id }),
    output: z.array(CheckedFinding),
  }),
  waivers: method({
    summary: "A draft's waivers, oldest first (lapsed ones included: they are never deleted).",
    input: z.object({ draftId: Id }),
    output: z.array(Waiver),
  }),
  waive: method({
    summary: 'Waives one finding with a reason; recorded in the audit trail.',
    input: z.object({
      draftId: Id,
      ruleId: z.string().min(1).max(200),
      excerpt: z.string().max(5000),
      context: z.string().max(20_000),
      reason: z.string().trim().min(1, 'Give a reason for waiving this finding').max(2000),
    }),
    output: Waiver,
  }),
};
