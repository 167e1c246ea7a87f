import type { JSONContent } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Source } from '../citations/source';
import type { ArticleMetadata } from '../document/metadata';
import { articleSchema } from '../document/schema';
import {
  CITATION_CHAR,
  extractBlocks,
  sentencesOf,
  type Sentence,
  type SuggestionReading,
  type TextBlock,
} from '../document/text-model';
import { sortFindings, type Finding } from './finding';
import type { RulePack } from './pack/load-pack';
import type { BlockResult, CompiledRule, DocumentView, Hit, RuleContext } from './rule';

/** Everything one check reads. */
export interface CheckInput {
  /** The article body, as a ProseMirror node or TipTap JSON. */
  doc: PMNode | JSONContent;
  /** The draft's sources in list order (with evidence). */
  sources: readonly Source[];
  metadata: ArticleMetadata;
  /** Today's date, YYYY-MM-DD (passed in: core reads no clock). */
  today: string;
  /** How pending suggestions are read; `accepted` unless told (the gate asks for `strict`). */
  reading?: SuggestionReading;
}

interface BlockEntry {
  sentences: readonly Sentence[];
  results: Map<string, BlockResult<unknown>>;
}

/**
 * The compliance checker. It keeps each block's analysis and block-rule results,
 * keyed by the block's content and context, so re-checking after an edit re-runs
 * only the blocks that changed; document rules then run over cached facts.
 */
export class ComplianceChecker {
  private cache = new Map<string, BlockEntry>();
  private cacheContext = '';

  constructor(private pack: RulePack) {}

  /** Switches to another pack; every cached result is dropped. */
  setPack(pack: RulePack): void {
    this.pack = pack;
    this.cache.clear();
  }

  /** The pack in force. */
  get rulePack(): RulePack {
    return this.pack;
  }

  /** Checks a document: every finding, sorted by position. */
  check(input: CheckInput): Finding[] {
    const doc = isNode(input.doc) ? input.doc : articleSchema().nodeFromJSON(input.doc);
    const context: RuleContext = {
      sources: input.sources,
      sourcesById: new Map(input.sources.map((source) => [source.id, source])),
      metadata: input.metadata,
      today: input.today,
    };
    // Block rules read sources (evidence, dates) and today: a change there invalidates their results.
    const contextKey = `${input.today}\u0000${sourcesKey(input.sources)}`;
    if (contextKey !== this.cacheContext) {
      this.cache.clear();
      this.cacheContext = contextKey;
    }

    const blocks = extractBlocks(doc, input.reading);
    const next = new Map<string, BlockEntry>();
    const entries = blocks.map((block) => {
      const entry = next.get(block.key) ??
        this.cache.get(block.key) ?? { sentences: sentencesOf(block), results: new Map() };
      next.set(block.key, entry);
      return entry;
    });
    this.cache = next;

    const findings: Finding[] = [];
    for (const rule of this.pack.rules) {
      blocks.forEach((block, index) => {
        const entry = entries[index];
        if (!entry || !rule.block) return;
        let result = entry.results.get(rule.id);
        if (!result) {
          result = rule.block(block, entry.sentences, context);
          entry.results.set(rule.id, result);
        }
        for (const hit of result.hits ?? [])
          findings.push(toFinding(rule, { ...hit, block }, entry.sentences));
      });
      if (rule.document) {
        const view = documentView(rule, blocks, entries);
        for (const hit of rule.document(view, context)) {
          const entry = entries[hit.block.index];
          findings.push(toFinding(rule, hit, entry?.sentences ?? []));
        }
      }
    }
    return sortFindings(findings);
  }
}

function documentView(
  rule: CompiledRule<unknown>,
  blocks: TextBlock[],
  entries: BlockEntry[],
): DocumentView<unknown> {
  return {
    blocks,
    sentencesOf: (block) => entries[block.index]?.sentences ?? [],
    facts: (block) => entries[block.index]?.results.get(rule.id)?.facts,
  };
}

function toFinding(rule: CompiledRule<unknown>, hit: Hit, sentences: readonly Sentence[]): Finding {
  const { block } = hit;
  const excerpt = clean(block.text.slice(hit.from, hit.to));
  const around = sentences.find(
    (sentence) => sentence.from <= hit.from && hit.to <= Math.max(sentence.to, sentence.from + 1),
  );
  const context = clean(around ? block.text.slice(around.from, around.to) : block.text);
  const template = hit.message ?? rule.message;
  const finding: Finding = {
    ruleId: rule.id,
    severity: hit.severity ?? rule.severity,
    message: template.replace(/%s/g, excerpt).replace(/%r/g, hit.suggestion ?? ''),
    from: block.start + hit.from,
    to: block.start + hit.to,
    excerpt,
    context,
  };
  if (hit.suggestion !== undefined) finding.suggestion = hit.suggestion;
  return finding;
}

function clean(text: string): string {
  return text.split(CITATION_CHAR).join('').replace(/\s+/g, ' ').trim();
}

function sourcesKey(sources: readonly Source[]): string {
  return sources
    .map(
      (source) =>
        `${source.id}:${JSON.stringify(source.evidence)}:${JSON.stringify(source.csl.issued ?? null)}`,
    )
    .join('|');
}

function isNode(value: PMNode | JSONContent): value is PMNode {
  return typeof (value as PMNode).nodeSize === 'number';
}
