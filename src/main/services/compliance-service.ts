import { ApiError, type PackInfo, type VettedHandlers } from '../../core/api';
import { BUILT_IN_PACK, waiverFor } from '../../core/compliance';
import type { Library } from '../storage/library';
import type { DraftRecord } from '../storage/rows';
import { CUSTOM_PACK_SETTING, type ComplianceChecks } from './compliance-checks';
import type { ServiceContext } from './context';
import { requireDraft } from './drafts-service';
import { requireSelf } from './self-profile';

/** The compliance namespace: the rule pack in force, checks of stored drafts, waivers. */
export function complianceService(
  context: ServiceContext,
  checks: ComplianceChecks,
): VettedHandlers['compliance'] {
  const library = () => context.host.library();
  const today = () => context.now().toISOString().slice(0, 10);
  const info = (lib: Library): PackInfo => ({
    builtIn: { name: BUILT_IN_PACK, yaml: checks.builtInYaml },
    custom: checks.customPack(lib),
  });

  const wouldWaiveError = (
    lib: Library,
    draft: DraftRecord,
    ruleId: string,
    excerpt: string,
  ): boolean =>
    checks.packFor(lib).rules.some((rule) => rule.id === ruleId && rule.severity === 'error') ||
    checks
      .check(lib, draft, today())
      .some(
        (finding) =>
          finding.ruleId === ruleId && finding.excerpt === excerpt && finding.severity === 'error',
      );

  return {
    pack: () => info(library()),

    setPack: ({ yaml, fileName }) => {
      const lib = library();
      const result = checks.validate(yaml, fileName);
      if (!result.ok) {
        const shown = result.errors.slice(0, 5).join('\n');
        const more = result.errors.length > 5 ? `\n…and ${result.errors.length - 5} more` : '';
        throw new ApiError(
          'invalid_input',
          `The rule pack was not loaded; the current one stays in force.\n${shown}${more}`,
          {
            path: ['yaml'],
            details: { errors: result.errors },
          },
        );
      }
      const stored = { name: result.pack.name, fileName, yaml };
      lib.compliance.setSetting(
        CUSTOM_PACK_SETTING,
        JSON.stringify(stored),
        context.now().toISOString(),
      );
      return info(lib);
    },

    resetPack: () => {
      const lib = library();
      lib.compliance.setSetting(CUSTOM_PACK_SETTING, null, context.now().toISOString());
      return info(lib);
    },

    check: ({ draftId }) => {
      const lib = library();
      const draft = requireDraft(lib, draftId);
      const waivers = lib.compliance.waivers(draftId);
      return checks
        .check(lib, draft, today())
        .map((finding) => ({ ...finding, waiver: waiverFor(finding, waivers) ?? null }));
    },

    waivers: ({ draftId }) => {
      const lib = library();
      requireDraft(lib, draftId);
      return lib.compliance.waivers(draftId);
    },

    waive: ({ draftId, ruleId, excerpt, context: sentence, reason }) => {
      const lib = library();
      return lib.transaction(() => {
        const draft = requireDraft(lib, draftId);
        const self = requireSelf(lib);
        if (!ruleId.trim())
          throw new ApiError('invalid_input', 'Name the rule of the finding.', {
            path: ['ruleId'],
          });
        // Waiving an error lets it through the gate: that is a reviewer's call, not the writer's.
        if (self.role !== 'reviewer' && wouldWaiveError(lib, draft, ruleId, excerpt))
          throw new ApiError(
            'forbidden',
            `Only a reviewer can waive an error (“${ruleId}”); ask your reviewer, or fix the text.`,
            { path: ['ruleId'] },
          );
        const waiver = {
          id: context.newId(),
          draftId,
          ruleId,
          excerpt,
          context: sentence,
          reason,
          waivedBy: self,
          waivedAt: context.now().toISOString(),
        };
        lib.compliance.addWaiver(waiver);
        lib.audit.append({
          draftId,
          at: waiver.waivedAt,
          actor: self.name,
          action: 'finding-waived',
          detail: { ruleId, excerpt, reason, waiverId: waiver.id },
        });
        return waiver;
      });
    },
  };
}
