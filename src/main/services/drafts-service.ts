import { ApiError, type Draft, type DraftSummary, type VettedHandlers } from '../../core/api';
import type { JSONContent } from '@tiptap/core';
import { emptyDoc } from '../../core/document/doc-json';
import { emptyMetadata, slugify, ArticleMetadata } from '../../core/document/metadata';
import type { DraftListing } from '../storage/draft-repository';
import type { Library } from '../storage/library';
import type { DraftRecord } from '../storage/rows';
import type { ServiceContext } from './context';
import { checkContent, normalizeMetadata } from './draft-content';
import { auditEditAfterApproval } from './edit-after-approval';

/** At most one automatic snapshot per this much editing time. */
export const AUTO_SNAPSHOT_INTERVAL_MS = 10 * 60 * 1000;

/** The drafts namespace: the library of drafts, saving with revision checks, the trash. */
export function draftsService(context: ServiceContext): VettedHandlers['drafts'] {
  const library = () => context.host.library();
  const now = () => context.now().toISOString();

  return {
    list: ({ trash }) => library().drafts.list(trash).map(toSummary),

    search: ({ query, limit }) =>
      library()
        .drafts.search(query, limit)
        .map((hit) => ({ draft: toSummary(hit.draft), title: hit.title, snippet: hit.snippet })),

    get: ({ id }) => toDraft(requireDraft(library(), id)),

    create: ({ title, metadata, doc }) => insertDraft(library(), context, { title, metadata, doc }),

    save: ({ id, baseRevision, metadata, doc }) => {
      const lib = library();
      return lib.transaction(() => {
        const current = requireDraft(lib, id);
        if (current.revision !== baseRevision) throw staleRevision(current);
        const nextMetadata = metadata ? normalizeMetadata(metadata) : current.metadata;
        const content = doc ? checkContent(doc) : current;
        const at = now();
        const next: DraftRecord = {
          ...current,
          revision: current.revision + 1,
          title: nextMetadata.title,
          category: nextMetadata.category,
          metadata: nextMetadata,
          doc: content.doc,
          plainText: content.plainText,
          wordCount: content.wordCount,
          updatedAt: at,
        };
        lib.drafts.update(next);
        auditEditAfterApproval(lib, current, next, lib.profiles.self()?.name ?? 'Unknown', at);
        snapshotIfDue(lib, context, current, next);
        return { id, revision: next.revision, updatedAt: at, wordCount: next.wordCount };
      });
    },

    duplicate: ({ id }) => {
      const lib = library();
      const original = requireDraft(lib, id);
      const title = `${original.title.trim() || 'Untitled draft'} (copy)`;
      const metadata: ArticleMetadata = {
        ...original.metadata,
        title,
        slug: original.metadata.slugLocked ? `${original.metadata.slug}-copy` : slugify(title),
      };
      const at = now();
      const copy: DraftRecord = {
        ...original,
        id: context.newId(),
        revision: 1,
        title,
        status: 'draft',
        metadata,
        createdAt: at,
        updatedAt: at,
        trashedAt: null,
      };
      lib.transaction(() => {
        lib.drafts.insert(copy);
        lib.sources.addToDraft(
          copy.id,
          lib.sources.listForDraft(original.id).map((source) => source.id),
        );
      });
      return toSummary(copy);
    },

    rename: ({ id, title }) => {
      const lib = library();
      return lib.transaction(() => {
        const current = requireDraft(lib, id);
        const metadata = normalizeMetadata({ ...current.metadata, title });
        const next: DraftRecord = {
          ...current,
          title,
          metadata,
          revision: current.revision + 1,
          updatedAt: now(),
        };
        lib.drafts.update(next);
        return toSummary(next);
      });
    },

    trash: ({ id }) => {
      const lib = library();
      return lib.transaction(() => {
        const current = requireDraft(lib, id);
        const at = now();
        lib.drafts.setTrashed(id, at);
        lib.audit.append({
          draftId: id,
          at,
          actor: context.actor(),
          action: 'draft-trashed',
          detail: { title: current.title },
        });
        return toSummary({ ...current, trashedAt: at });
      });
    },

    restore: ({ id }) => {
      const lib = library();
      return lib.transaction(() => {
        const current = requireDraft(lib, id);
        lib.drafts.setTrashed(id, null);
        lib.audit.append({
          draftId: id,
          at: now(),
          actor: context.actor(),
          action: 'draft-untrashed',
          detail: { title: current.title },
        });
        return toSummary({ ...current, trashedAt: null });
      });
    },

    deleteForever: ({ id }) => {
      const lib = library();
      return lib.transaction(() => {
        const current = requireDraft(lib, id);
        if (!current.trashedAt) {
          throw new ApiError(
            'forbidden',
            'Move the draft to the trash before deleting it for good.',
          );
        }
        lib.drafts.delete(id);
        lib.audit.append({
          draftId: id,
          at: now(),
          actor: context.actor(),
          action: 'draft-deleted',
          detail: { title: current.title },
        });
        return { id };
      });
    },
  };
}

/** A draft by id, or a "not found" error that says so plainly. */
export function requireDraft(library: Library, id: string): DraftRecord {
  const draft = library.drafts.get(id);
  if (!draft)
    throw new ApiError('not_found', 'This draft no longer exists. It may have been deleted.', {
      path: ['id'],
    });
  return draft;
}

/** Stores a new draft (metadata completed from defaults, body checked against the schema). */
export function insertDraft(
  lib: Library,
  context: ServiceContext,
  input: {
    title: string;
    metadata?: Partial<ArticleMetadata> | undefined;
    doc?: JSONContent | undefined;
  },
): Draft {
  const { title, metadata, doc } = input;
  const merged = ArticleMetadata.parse({
    ...emptyMetadata(title),
    ...metadata,
    ...(metadata?.title === undefined ? { title } : {}),
  });
  const content = checkContent(doc ?? emptyDoc());
  const at = context.now().toISOString();
  const record: DraftRecord = {
    id: context.newId(),
    revision: 1,
    title: merged.title,
    category: merged.category,
    status: 'draft',
    metadata: normalizeMetadata(merged),
    ...content,
    createdAt: at,
    updatedAt: at,
    trashedAt: null,
  };
  lib.drafts.insert(record);
  return toDraft(record);
}

/** The conflict error for a save based on an old revision. */
export function staleRevision(current: DraftRecord): ApiError {
  return new ApiError(
    'conflict',
    `This draft was saved from another window or tab since you opened it (it is now at revision ${current.revision}). Nothing was overwritten.`,
    { details: { currentRevision: current.revision, updatedAt: current.updatedAt } },
  );
}

/** Keeps an automatic snapshot of the saved state when the last one is old enough. */
function snapshotIfDue(
  library: Library,
  context: ServiceContext,
  before: DraftRecord,
  after: DraftRecord,
): void {
  const changed =
    JSON.stringify(before.doc) !== JSON.stringify(after.doc) ||
    JSON.stringify(before.metadata) !== JSON.stringify(after.metadata);
  if (!changed) return;
  const last = library.versions.lastAutoSnapshotAt(after.id);
  const at = context.now();
  if (last && at.getTime() - new Date(last).getTime() < AUTO_SNAPSHOT_INTERVAL_MS) return;
  library.versions.insert({
    id: context.newId(),
    draftId: after.id,
    kind: 'auto',
    name: null,
    revision: after.revision,
    title: after.title,
    metadata: after.metadata,
    doc: after.doc,
    wordCount: after.wordCount,
    createdAt: at.toISOString(),
  });
}

/** A stored draft as the contract's summary. */
export function toSummary(draft: DraftListing): DraftSummary {
  return {
    id: draft.id,
    title: draft.title,
    category: draft.category,
    status: draft.status,
    wordCount: draft.wordCount,
    revision: draft.revision,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    trashedAt: draft.trashedAt,
  };
}

/** A stored draft as the contract's whole draft. */
export function toDraft(draft: DraftRecord): Draft {
  return { ...toSummary(draft), metadata: draft.metadata, doc: draft.doc };
}
