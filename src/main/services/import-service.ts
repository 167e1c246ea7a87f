import type { JSONContent } from '@tiptap/core';
import { ApiError, type ImportResult, type VettedHandlers } from '../../core/api';
import { UniqueKeys } from '../../core/citations/citation-key';
import { DuplicateIndex } from '../../core/citations/duplicates';
import { collectCitations } from '../../core/citations/numbering';
import { ImportError } from '../../core/import';
import type { Library } from '../storage/library';
import type { SourceRecord } from '../storage/source-repository';
import { readDocument, type ReadDocument } from '../transfer/read-document';
import type { ServiceContext } from './context';
import { insertDraft } from './drafts-service';

/** Citation nodes pointing at library ids instead of the file's citation keys. */
function remapCitations(doc: JSONContent, idOfKey: ReadonlyMap<string, string>): JSONContent {
  if (doc.type === 'citation') {
    const ids: unknown[] = Array.isArray(doc.attrs?.sourceIds) ? doc.attrs.sourceIds : [];
    return {
      ...doc,
      attrs: { ...doc.attrs, sourceIds: ids.map((id) => idOfKey.get(String(id)) ?? String(id)) },
    };
  }
  return doc.content
    ? { ...doc, content: doc.content.map((child) => remapCitations(child, idOfKey)) }
    : doc;
}

/**
 * Stores the cited sources: a source the library already has (same DOI, PMID or
 * title and year) is reused, others are added with a key unique in the library.
 */
function storeSources(lib: Library, read: ReadDocument, context: ServiceContext) {
  const existing = lib.sources.list();
  const duplicates = new DuplicateIndex(existing);
  const keys = new UniqueKeys(existing.map((source) => source.key));
  const idOfKey = new Map<string, string>();
  let added = 0;
  let reused = 0;
  const at = context.now().toISOString();
  for (const entry of read.sources) {
    const match = duplicates.find(entry);
    if (match) {
      idOfKey.set(entry.key, match.source.id);
      reused += 1;
      continue;
    }
    const key = keys.claim(entry.key);
    const record: SourceRecord = {
      id: context.newId(),
      key,
      csl: { ...entry.csl, id: key },
      evidence: entry.evidence,
      createdAt: at,
      updatedAt: at,
    };
    lib.sources.insert(record);
    duplicates.add(record);
    idOfKey.set(entry.key, record.id);
    added += 1;
  }
  return { idOfKey, added, reused };
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** The transfer namespace's import: Markdown, HTML or Word files become drafts. */
export function importService(
  context: ServiceContext,
): Pick<VettedHandlers['transfer'], 'importDocument'> {
  return {
    importDocument: async ({ fileName, dataBase64, bibliographies }) => {
      const bytes = Buffer.from(dataBase64, 'base64');
      let read: ReadDocument;
      try {
        read = await readDocument(fileName, bytes, bibliographies);
      } catch (error) {
        if (error instanceof ImportError)
          throw new ApiError('bad_file', error.message, { path: ['dataBase64'] });
        throw error;
      }
      const lib = context.host.library();
      return lib.transaction((): ImportResult => {
        const { idOfKey, added, reused } = storeSources(lib, read, context);
        const doc = remapCitations(read.doc, idOfKey);
        const draft = insertDraft(lib, context, {
          title: read.metadata.title,
          metadata: read.metadata,
          doc,
        });
        const sourceIds = [...new Set(idOfKey.values())];
        if (sourceIds.length) lib.sources.addToDraft(draft.id, sourceIds);
        const citations = collectCitations(doc).length;
        lib.audit.append({
          draftId: draft.id,
          at: context.now().toISOString(),
          actor: context.actor(),
          action: 'draft-imported',
          detail: {
            fileName,
            format: read.format,
            citations,
            sourcesAdded: added,
            sourcesReused: reused,
          },
        });
        const parts = [
          `Imported “${draft.title || fileName}”`,
          `${plural(citations, 'citation')}, ${plural(added, 'source')} added${reused ? `, ${reused} already in the library` : ''}.`,
        ];
        const notices = read.notices;
        const tail = notices.length
          ? ` ${plural(notices.length, 'thing')} could not be kept exactly: ${notices.join('; ')}.`
          : ' Everything was kept.';
        const { metadata: _metadata, doc: _doc, ...summaryOfDraft } = draft;
        return {
          draft: summaryOfDraft,
          format: read.format,
          citations,
          sourcesAdded: added,
          sourcesReused: reused,
          notices,
          summary: `${parts[0]}: ${parts[1]}${tail}`,
        };
      });
    },
  };
}
