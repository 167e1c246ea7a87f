import { ApiError, type LibrarySource, type VettedHandlers } from '../../core/api';
import { makeCitationKey, UniqueKeys } from '../../core/citations/citation-key';
import { DUPLICATE_REASON_LABELS, findDuplicate } from '../../core/citations/duplicates';
import { planImport, summarizeImport } from '../../core/citations/import-plan';
import { formatImportSummary } from '../../core/citations/import-summary';
import { parseReferences } from '../../core/citations/parse-references';
import { validateSourceForm, type SourceFormValues } from '../../core/citations/source-form';
import { formToSource } from '../../core/citations/source-form-csl';
import type { Library } from '../storage/library';
import type { SourceRecord } from '../storage/source-repository';
import type { ServiceContext } from './context';
import { requireDraft } from './drafts-service';

/** The sources namespace: the shared reference library. */
export function sourcesService(context: ServiceContext): VettedHandlers['sources'] {
  const library = () => context.host.library();
  const now = () => context.now().toISOString();

  return {
    search: ({ query, limit }) => library().sources.search(query, limit),

    get: ({ id }) => requireSource(library(), id),

    create: ({ form, draftId }) => {
      const lib = library();
      const data = validForm(form);
      return lib.transaction(() => {
        if (draftId) requireDraft(lib, draftId);
        const existing = lib.sources.list();
        const keys = new UniqueKeys(existing.map((source) => source.key));
        const draftSource = formToSource(data, { id: 'new' });
        const key = keys.claim(makeCitationKey(draftSource.csl));
        const { csl, evidence } = formToSource(data, { id: key });
        const duplicate = findDuplicate({ csl }, existing);
        if (duplicate) {
          throw new ApiError(
            'conflict',
            `This source is already in the library as “${duplicate.source.csl.title ?? duplicate.source.key}” (${DUPLICATE_REASON_LABELS[duplicate.reason]}).`,
            { details: { existingId: duplicate.source.id } },
          );
        }
        const at = now();
        const source: SourceRecord = {
          id: context.newId(),
          key,
          csl,
          evidence,
          createdAt: at,
          updatedAt: at,
        };
        lib.sources.insert(source);
        if (draftId) lib.sources.addToDraft(draftId, [source.id]);
        return source;
      });
    },

    update: ({ id, form }) => {
      const lib = library();
      const data = validForm(form);
      return lib.transaction(() => {
        const stored = requireSource(lib, id);
        const { csl, evidence } = formToSource(data, { id: stored.key, base: stored.csl });
        const updated: SourceRecord = { ...stored, csl, evidence, updatedAt: now() };
        lib.sources.update(updated);
        return updated;
      });
    },

    delete: ({ id }) => {
      const lib = library();
      return lib.transaction(() => {
        requireSource(lib, id);
        const drafts = lib.sources.draftsWith(id);
        lib.sources.delete(id);
        return { id, draftsAffected: drafts.length };
      });
    },

    import: ({ text, fileName, draftId, duplicates }) => {
      const lib = library();
      const parsed = parseReferences(text, fileName === undefined ? {} : { fileName });
      return lib.transaction(() => {
        if (draftId) requireDraft(lib, draftId);
        const plan = planImport(parsed, lib.sources.list(), duplicates);
        const at = now();
        const idOfEntry = new Map<string, string>();
        const touched = new Map<string, SourceRecord>();

        for (const decision of plan.decisions) {
          if (decision.action === 'add') {
            const { entry } = decision;
            const source: SourceRecord = {
              id: context.newId(),
              key: entry.key,
              csl: { ...entry.csl, id: entry.key },
              evidence: entry.evidence,
              createdAt: at,
              updatedAt: at,
            };
            lib.sources.insert(source);
            idOfEntry.set(entry.key, source.id);
            touched.set(source.id, source);
          } else if (decision.action === 'merge') {
            const merged: SourceRecord = { ...(decision.merged as SourceRecord), updatedAt: at };
            lib.sources.update(merged);
            touched.set(merged.id, merged);
          } else {
            const original = decision.duplicateOf as Partial<SourceRecord> & {
              key: string;
              id: string;
            };
            const storedId = original.createdAt ? original.id : idOfEntry.get(original.key);
            const stored = storedId ? (touched.get(storedId) ?? lib.sources.get(storedId)) : null;
            if (stored) touched.set(stored.id, stored);
          }
        }
        if (draftId && touched.size) lib.sources.addToDraft(draftId, [...touched.keys()]);

        const summary = summarizeImport(plan);
        return {
          summary: formatImportSummary(summary),
          format: summary.format,
          imported: summary.imported,
          merged: summary.merged,
          skipped: summary.skipped,
          problems: summary.unreadable,
          sources: [...touched.values()],
        };
      });
    },
  };
}

/** The draftSources namespace: which library sources a draft uses, in list order. */
export function draftSourcesService(context: ServiceContext): VettedHandlers['draftSources'] {
  const library = () => context.host.library();
  const listOf = (lib: Library, draftId: string): LibrarySource[] =>
    lib.sources.listForDraft(draftId);

  return {
    list: ({ draftId }) => {
      const lib = library();
      requireDraft(lib, draftId);
      return listOf(lib, draftId);
    },
    add: ({ draftId, sourceIds }) => {
      const lib = library();
      return lib.transaction(() => {
        requireDraft(lib, draftId);
        sourceIds.forEach((id) => requireSource(lib, id));
        lib.sources.addToDraft(draftId, sourceIds);
        return listOf(lib, draftId);
      });
    },
    remove: ({ draftId, sourceId }) => {
      const lib = library();
      return lib.transaction(() => {
        requireDraft(lib, draftId);
        lib.sources.removeFromDraft(draftId, sourceId);
        return listOf(lib, draftId);
      });
    },
    reorder: ({ draftId, sourceIds }) => {
      const lib = library();
      return lib.transaction(() => {
        requireDraft(lib, draftId);
        const current = listOf(lib, draftId).map((source) => source.id);
        const given = sourceIds.filter((id) => current.includes(id));
        // Sources the caller did not mention keep their relative order after the given ones.
        const rest = current.filter((id) => !given.includes(id));
        lib.sources.reorderDraft(draftId, [...given, ...rest]);
        return listOf(lib, draftId);
      });
    },
  };
}

function requireSource(library: Library, id: string): SourceRecord {
  const source = library.sources.get(id);
  if (!source)
    throw new ApiError('not_found', 'This source is no longer in the library.', { path: ['id'] });
  return source;
}

function validForm(form: SourceFormValues) {
  const result = validateSourceForm(form);
  if (result.ok) return result.data;
  const [field, message] = Object.entries(result.errors)[0] ?? ['form', 'The form has a problem'];
  throw new ApiError('invalid_input', message ?? 'The form has a problem', {
    path: ['form', field],
    details: { errors: result.errors },
  });
}
