import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';
import type { ReactNode } from 'react';
import { firstLineBox, type HoverAnchor } from './hover-target';
import { HoverCard } from './HoverCard';
import type { HoverCards } from './useHoverCards';

interface EditorHoverCardsProps {
  editor: Editor;
  cards: HoverCards;
  /** The content of a citation's card (the node at `pos`). */
  citation: (pos: number) => ReactNode;
  /** The content and severity of a finding's card, by its index among the underlined ones. */
  finding: (index: number) => { content: ReactNode; severity: string } | null;
}

/**
 * Draws the single open card: the one under the pointer or opened from the keyboard, else
 * the card of a citation selected with the keyboard. Never two at once.
 */
export function EditorHoverCards({ editor, cards, citation, finding }: EditorHoverCardsProps) {
  const selectedCitation = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const selection = e.state.selection;
      return selection instanceof NodeSelection && selection.node.type.name === 'citation'
        ? selection.from
        : null;
    },
  });

  const open = cards.card;
  if (open?.subject.kind === 'finding') {
    const shown = finding(open.subject.index);
    if (!shown) return null;
    return (
      <HoverCard
        anchor={open.anchor}
        className={`finding-card severity-${shown.severity}`}
        takeFocus={open.byKeyboard}
      >
        {shown.content}
      </HoverCard>
    );
  }
  const pos = open?.subject.kind === 'citation' ? open.subject.pos : selectedCitation;
  if (pos === null || editor.state.doc.nodeAt(pos)?.type.name !== 'citation') return null;
  const anchor = open?.anchor ?? citationAnchor(editor, pos);
  if (!anchor) return null;
  return (
    <HoverCard anchor={anchor} className="citation-card" takeFocus={false}>
      {citation(pos)}
    </HoverCard>
  );
}

function citationAnchor(editor: Editor, pos: number): HoverAnchor | null {
  const element = editor.view.nodeDOM(pos);
  return element instanceof Element ? firstLineBox(element) : null;
}
