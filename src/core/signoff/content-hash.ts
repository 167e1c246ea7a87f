import type { Source } from '../citations/source';
import type { ArticleMetadata } from '../document/metadata';
import { canonicalJson } from '../review/package/canonical-json';
import { sha256OfText } from '../review/package/sha256';

/** What a sign-off is about: the body, the metadata beside it and the draft's sources, in order. */
export interface SignedContent {
  doc: unknown;
  metadata: ArticleMetadata;
  sources: readonly Source[];
}

/** Names the hashed layout, so a later change of what is hashed cannot match an old hash by accident. */
const CONTENT_HASH_SCHEME = 'vetted-content-v1';

/**
 * SHA-256 (64 hex digits) of the canonical JSON of a draft's document, metadata and
 * sources: the same for the same content whatever the key order or whitespace of the
 * stored JSON; any change of text, marks, metadata or a source changes it. Status is
 * not content (approving must not change what was approved), so it is not hashed.
 */
export function contentHash(content: SignedContent): string {
  return sha256OfText(
    canonicalJson({
      scheme: CONTENT_HASH_SCHEME,
      doc: content.doc,
      metadata: content.metadata,
      sources: content.sources,
    }),
  );
}
