import { ApiError, type VettedHandlers } from '../../core/api';
import type { Library } from '../storage/library';
import type { DraftRecord, VersionRecord } from '../storage/rows';
import type { ServiceContext } from './context';
import { checkContent } from './draft-content';
import { requireDraft, staleRevision, toDraft } from './drafts-service';

/** The versions namespace: history, named versions and restore (which never loses anything). */
export function versionsService(context: ServiceContext): VettedHandlers['versions'] {
  const library = () => context.host.library();

  return {
    list: ({ draftId }) => {
      const lib = library();
      requireDraft(lib, draftId);
      return lib.versions.list(draftId);
    },

    get: ({ id }) => requireVersion(library(), id),

    create: ({ draftId, name }) => {
      const lib = library();
      const draft = requireDraft(lib, draftId);
      const version = snapshot(context, draft, 'named', name);
      lib.versions.insert(version);
      const { metadata: _metadata, doc: _doc, ...summary } = version;
      return summary;
    },

    restore: ({ id, baseRevision }) => {
      const lib = library();
      return lib.transaction(() => {
        const version = requireVersion(lib, id);
        const current = requireDraft(lib, version.draftId);
        if (current.revision !== baseRevision) throw staleRevision(current);

        lib.versions.insert(snapshot(context, current, 'before-restore', null));
        const restored: DraftRecord = {
          ...current,
          revision: current.revision + 1,
          title: version.metadata.title,
          category: version.metadata.category,
          metadata: version.metadata,
          ...checkContent(version.doc),
          updatedAt: context.now().toISOString(),
        };
        lib.drafts.update(restored);
        const name = version.name ? `Restored “${version.name}”` : null;
        lib.versions.insert(snapshot(context, restored, 'restore', name));
        lib.audit.append({
          draftId: current.id,
          at: restored.updatedAt,
          actor: context.actor(),
          action: 'version-restored',
          detail: {
            versionId: version.id,
            versionName: version.name,
            versionCreatedAt: version.createdAt,
            fromRevision: current.revision,
            toRevision: restored.revision,
          },
        });
        return toDraft(restored);
      });
    },
  };
}

function requireVersion(library: Library, id: string): VersionRecord {
  const version = library.versions.get(id);
  if (!version) throw new ApiError('not_found', 'This version no longer exists.', { path: ['id'] });
  return version;
}

function snapshot(
  context: ServiceContext,
  draft: DraftRecord,
  kind: VersionRecord['kind'],
  name: string | null,
): VersionRecord {
  return {
    id: context.newId(),
    draftId: draft.id,
    kind,
    name,
    revision: draft.revision,
    title: draft.title,
    metadata: draft.metadata,
    doc: draft.doc,
    wordCount: draft.wordCount,
    createdAt: context.now().toISOString(),
  };
}
