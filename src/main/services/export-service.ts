import { ApiError, type VettedHandlers } from '../../core/api';
import { createCitationFormatter, type CitationFormatter } from '../../core/citations/formatter';
import { waiverFor } from '../../core/compliance';
import type { CitationStyle } from '../../core/document/metadata';
import { exportArticle, prepareExport, type ExportOptions } from '../../core/export';
import { checkTransition } from '../../core/review/workflow/check-transition';
import { findCslDir, loadCslStyles } from '../resources/csl-styles';
import type { Library } from '../storage/library';
import type { DraftRecord } from '../storage/rows';
import type { ComplianceChecks } from './compliance-checks';
import type { ServiceContext } from './context';
import { requireDraft } from './drafts-service';
import { overrideReasonProblem } from '../../core/review/workflow/override-reason';
import { requireSelf } from './self-profile';

/** Formatters per reference style, built on first use (parsing a CSL style takes a while). */
function formatters(): (style: CitationStyle) => CitationFormatter {
  let styles: ReturnType<typeof loadCslStyles> | null = null;
  const built = new Map<CitationStyle, CitationFormatter>();
  return (style) => {
    styles ??= loadCslStyles(findCslDir());
    let formatter = built.get(style);
    if (!formatter) {
      formatter = createCitationFormatter(styles[style]);
      built.set(style, formatter);
    }
    return formatter;
  };
}

/** The transfer namespace's exports: preflight, preview, and the recorded export itself. */
export function exportService(
  context: ServiceContext,
  checks: ComplianceChecks,
): Omit<VettedHandlers['transfer'], 'importDocument'> {
  const library = () => context.host.library();
  const today = () => context.now().toISOString().slice(0, 10);
  const formatterFor = formatters();

  const render = (
    lib: Library,
    draft: DraftRecord,
    options: ExportOptions,
    style?: CitationStyle,
  ) => {
    const model = prepareExport({
      doc: draft.doc,
      metadata: draft.metadata,
      sources: lib.sources.listForDraft(draft.id),
      formatter: formatterFor(style ?? draft.metadata.citationStyle),
    });
    return exportArticle(model, options);
  };

  const blockingErrors = (lib: Library, draft: DraftRecord) => {
    const waivers = lib.compliance.waivers(draft.id);
    return checks
      .check(lib, draft, today())
      .filter((finding) => finding.severity === 'error')
      .map((finding) => ({ ...finding, waiver: waiverFor(finding, waivers) ?? null }))
      .filter((finding) => finding.waiver === null);
  };

  return {
    preflight: ({ draftId }) => {
      const lib = library();
      const draft = requireDraft(lib, draftId);
      const self = requireSelf(lib);
      const errors = blockingErrors(lib, draft);
      return {
        errors,
        canOverride: self.role === 'editor',
        canPublish: draft.status === 'approved' && self.role === 'editor',
      };
    },

    preview: ({ draftId, options, style }) => {
      const lib = library();
      return render(lib, requireDraft(lib, draftId), options, style);
    },

    exportDraft: ({ draftId, options, style, overrideReason, publish, destination }) => {
      const lib = library();
      return lib.transaction(() => {
        const draft = requireDraft(lib, draftId);
        const self = requireSelf(lib);
        const errors = blockingErrors(lib, draft);
        if (errors.length && !overrideReason)
          throw new ApiError(
            'forbidden',
            `${errors.length === 1 ? 'A compliance error blocks' : `${errors.length} compliance errors block`} this export: ${errors
              .map((finding) => finding.message)
              .join(' ')}`,
            { details: { errors } },
          );
        if (errors.length && self.role !== 'editor')
          throw new ApiError(
            'forbidden',
            'Only an editor can export a draft that has compliance errors.',
            {
              path: ['overrideReason'],
            },
          );
        const reasonProblem = errors.length ? overrideReasonProblem(overrideReason) : null;
        if (reasonProblem)
          throw new ApiError('invalid_input', reasonProblem, { path: ['overrideReason'] });
        if (publish) {
          const blockers = checkTransition(draft.status, 'published', {
            actorRole: self.role,
            openThreads: lib.review.openThreadCount(draftId),
            unwaivedErrors: errors.length,
            viaExport: true,
          });
          if (blockers.length)
            throw new ApiError(
              'forbidden',
              `${blockers.map((blocker) => blocker.message).join('. ')}.`,
              {
                details: { blockers },
              },
            );
        }
        const files = render(lib, draft, options, style);
        const at = context.now().toISOString();
        lib.audit.append({
          draftId,
          at,
          actor: self.name,
          action: 'exported',
          detail: {
            format:
              options.format === 'html'
                ? options.standalone
                  ? 'HTML page'
                  : 'HTML fragment'
                : 'Markdown',
            citations: options.citations,
            style: style ?? draft.metadata.citationStyle,
            files: files.map((file) => file.name),
            revision: draft.revision,
            destination,
            role: self.role,
            ...(errors.length && overrideReason
              ? {
                  override: overrideReason,
                  errors: errors.length,
                  ruleIds: errors.map((finding) => finding.ruleId),
                }
              : {}),
          },
        });
        if (publish) {
          lib.drafts.setStatus(draftId, 'published');
          lib.audit.append({
            draftId,
            at,
            actor: self.name,
            action: 'status-changed',
            detail: { from: draft.status, to: 'published', role: self.role, viaExport: true },
          });
        }
        return { files, published: publish };
      });
    },
  };
}
