import type { Source } from '../citations/source';
import type { ArticleMetadata } from '../document/metadata';
import type { Sentence, TextBlock } from '../document/text-model';
import type { Severity } from './finding';

/** A finding as a rule reports it: a range of one block's text. */
export interface Hit {
  block: TextBlock;
  from: number;
  to: number;
  /** Overrides the rule's message (e.g. naming the source). `%s` is the matched text. */
  message?: string;
  suggestion?: string;
  severity?: Severity;
}

/** A hit without its block: how block results are cached (blocks move; offsets within them do not). */
export type BlockHit = Omit<Hit, 'block'>;

/** What every rule can read besides the text. Block rules may read only `sources*` (see engine). */
export interface RuleContext {
  /** The draft's sources in list order. */
  sources: readonly Source[];
  sourcesById: ReadonlyMap<string, Source>;
  metadata: ArticleMetadata;
  /** Today's date (YYYY-MM-DD), for age limits. */
  today: string;
}

/** What a rule's block pass returns: findings in the block, and facts for its document pass. */
export interface BlockResult<F> {
  hits?: BlockHit[];
  facts?: F;
}

/** The document as a rule's document pass sees it. */
export interface DocumentView<F> {
  blocks: readonly TextBlock[];
  sentencesOf: (block: TextBlock) => readonly Sentence[];
  /** This rule's facts for a block, from its (cached) block pass. */
  facts: (block: TextBlock) => F | undefined;
}

/**
 * A rule ready to run. Its block pass sees one block at a time and is cached with
 * the block, so an edit re-runs it for that block only; its document pass runs on
 * every check and must stay cheap (it reads the cached facts, not the text).
 */
export interface CompiledRule<F = unknown> {
  id: string;
  severity: Severity;
  message: string;
  block?: (
    block: TextBlock,
    sentences: readonly Sentence[],
    context: RuleContext,
  ) => BlockResult<F>;
  document?: (view: DocumentView<F>, context: RuleContext) => Hit[];
}
