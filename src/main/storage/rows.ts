import type { JSONContent } from '@tiptap/core';
import type { ArticleMetadata, DraftStatus } from '../../core/document/metadata';

/** A drafts row with its JSON columns parsed. */
export interface DraftRecord {
  id: string;
  revision: number;
  title: string;
  category: string;
  status: DraftStatus;
  metadata: ArticleMetadata;
  doc: JSONContent;
  plainText: string;
  wordCount: number;
  createdAt: string;
  updatedAt: string;
  trashedAt: string | null;
}

/** A versions row with its JSON columns parsed. */
export interface VersionRecord {
  id: string;
  draftId: string;
  kind: 'auto' | 'named' | 'restore' | 'before-restore';
  name: string | null;
  revision: number;
  title: string;
  metadata: ArticleMetadata;
  doc: JSONContent;
  wordCount: number;
  createdAt: string;
}

/** One line of the audit trail. */
export interface AuditRecord {
  id: number;
  draftId: string | null;
  at: string;
  actor: string;
  action: string;
  detail: Record<string, unknown>;
}
