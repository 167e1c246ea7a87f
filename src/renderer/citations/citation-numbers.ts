import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import {
  numberCitations,
  type CitationLabel,
  type CitationNumbering,
} from '../../core/citations/numbering';
import type { CitationOrder } from '../../core/document/metadata';

/** What numbering needs besides the document: the draft's sources in list order, and the rule. */
export interface NumberingInputs {
  sourceList: string[];
  order: CitationOrder;
}

/** Where each citation is, with its label, and the numbering of the whole draft. */
export interface CitationNumbersState {
  inputs: NumberingInputs;
  numbering: CitationNumbering;
  /** Document position of each citation, in reading order (parallel to numbering.labels). */
  positions: number[];
  /** What the decorations show, as one string: equal signatures mean equal labels. */
  signature: string;
  decorations: DecorationSet;
}

export const citationNumbersKey = new PluginKey<CitationNumbersState>('citationNumbers');

/**
 * Numbers citations live: every change of the document or of the draft's sources
 * renumbers (well under a millisecond for hundreds of citations), and each citation
 * node shows its label through a node decoration, so moving text renumbers at once.
 */
export const CitationNumbers = Extension.create({
  name: 'citationNumbers',

  addProseMirrorPlugins() {
    return [
      new Plugin<CitationNumbersState>({
        key: citationNumbersKey,
        state: {
          init: (_config, state) => {
            const first = compute(state.doc, { sourceList: [], order: 'first-citation' });
            return { ...first, decorations: decorate(state.doc, first) };
          },
          apply: (tr, previous) => {
            const inputs = tr.getMeta(citationNumbersKey) as NumberingInputs | undefined;
            if (!inputs && !tr.docChanged) return previous;
            const next = compute(tr.doc, inputs ?? previous.inputs);
            // Typing rarely changes a number: then keep the old decorations, mapped, so the
            // view does not compare hundreds of new ones on every keystroke.
            if (!inputs && next.signature === previous.signature) {
              const mapped = previous.decorations.map(tr.mapping, tr.doc);
              // Mapping drops the decorations of text that was deleted and inserted again
              // (a moved or pasted paragraph): keep the mapped set only if it still covers
              // every citation where it now is.
              if (coversExactly(mapped, next.positions)) return { ...next, decorations: mapped };
            }
            return { ...next, decorations: decorate(tr.doc, next) };
          },
        },
        props: {
          decorations: (state) => citationNumbersKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});

/** The numbering state of an editor. */
export function citationNumbers(state: EditorState): CitationNumbersState | undefined {
  return citationNumbersKey.getState(state);
}

function compute(doc: PMNode, inputs: NumberingInputs): Omit<CitationNumbersState, 'decorations'> {
  const occurrences: { sourceIds: string[]; locator: string | null }[] = [];
  const positions: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // Citations are inline: look only at the children of textblocks.
    node.forEach((child, offset) => {
      if (child.type.name !== 'citation') return;
      const ids = (child.attrs.sourceIds as unknown[]).filter(
        (id): id is string => typeof id === 'string',
      );
      occurrences.push({ sourceIds: ids, locator: (child.attrs.locator as string | null) ?? null });
      positions.push(pos + 1 + offset);
    });
    return false;
  });
  const numbering = numberCitations(occurrences, inputs.sourceList, inputs.order);
  const signature = numbering.labels
    .map(
      (label, index) =>
        `${label.text}/${label.missing.length}/${occurrences[index]?.locator ?? ''}`,
    )
    .join(';');
  return { inputs, numbering, positions, signature: `${positions.length}|${signature}` };
}

function coversExactly(decorations: DecorationSet, positions: readonly number[]): boolean {
  const found = decorations.find();
  if (found.length !== positions.length) return false;
  const starts = found.map((decoration) => decoration.from).sort((a, b) => a - b);
  return starts.every((from, index) => from === positions[index]);
}

function decorate(doc: PMNode, state: Omit<CitationNumbersState, 'decorations'>): DecorationSet {
  const decorations = state.positions.map((pos, index) => {
    const label = state.numbering.labels[index];
    const node = doc.nodeAt(pos);
    const locator = (node?.attrs.locator as string | null | undefined) ?? null;
    return Decoration.node(pos, pos + (node?.nodeSize ?? 1), attributesFor(label, locator));
  });
  return DecorationSet.create(doc, decorations);
}

function attributesFor(
  label: CitationLabel | undefined,
  locator: string | null,
): Record<string, string> {
  const text = label?.text ?? '';
  const missing = (label?.missing.length ?? 0) > 0;
  const shown = [text, missing ? '?' : ''].filter(Boolean).join(',');
  const description = missing
    ? `Citation ${text ? `${text}, ` : ''}with ${label?.missing.length === 1 ? 'a missing source' : 'missing sources'}`
    : `Citation ${text}`;
  return {
    'data-label': shown + (locator ? `, ${locator}` : ''),
    class: missing ? 'citation citation-missing' : 'citation',
    'aria-label': locator ? `${description}, ${locator}` : description,
  };
}
