import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useMemo } from 'react';
import { citationNumbers } from './citation-numbers';

/** How a draft cites: numbers of sources, how often each is cited, and missing sources. */
export interface CitationUsage {
  /** Source ids in reference-list order. */
  order: string[];
  numberOf: Map<string, number>;
  /** Source id → how many citations cite it. */
  counts: Map<string, number>;
  /** Citations that point at sources not in the draft. */
  missingCitations: number;
  totalCitations: number;
}

/**
 * The draft's citation usage, recomputed only when numbering really changes (not on
 * every keystroke that merely shifts positions), so the Sources panel stays cheap.
 */
export function useCitationUsage(editor: Editor): CitationUsage {
  const signature = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const state = citationNumbers(current.state);
      if (!state) return '';
      const { numbering } = state;
      const cited = numbering.labels.map(
        (label) => `${label.numbers.join(',')}/${label.missing.join(',')}`,
      );
      return `${numbering.order.join(',')}|${cited.join(';')}`;
    },
  });

  return useMemo(() => {
    void signature;
    const state = citationNumbers(editor.state);
    const counts = new Map<string, number>();
    let missingCitations = 0;
    const ids = state?.numbering.order ?? [];
    const numberOf = state?.numbering.numberOf ?? new Map<string, number>();
    state?.numbering.labels.forEach((label) => {
      if (label.missing.length) missingCitations += 1;
      for (const number of label.numbers) {
        const id = ids[number - 1];
        if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    });
    return {
      order: ids,
      numberOf,
      counts,
      missingCitations,
      totalCitations: state?.numbering.labels.length ?? 0,
    };
  }, [editor, signature]);
}

/** Positions of the citations that cite a source, in reading order (computed when needed). */
export function citationPositions(editor: Editor, sourceId: string): number[] {
  const positions: number[] = [];
  editor.state.doc.descendants((node, pos) => {
    if (node.type.name === 'citation' && (node.attrs.sourceIds as string[]).includes(sourceId))
      positions.push(pos);
    return !node.isLeaf;
  });
  return positions;
}
