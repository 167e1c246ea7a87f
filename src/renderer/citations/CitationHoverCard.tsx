import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { LibrarySource } from '../../core/api';
import type { CitationStyle } from '../../core/document/metadata';
import { citationNumbers } from './citation-numbers';
import { formatterFor } from './formatters';

interface HoverTarget {
  pos: number;
  top: number;
  left: number;
}

/**
 * The formatted reference(s) of a citation, shown while the pointer is on it or the
 * citation is selected with the keyboard. Missing sources say so.
 */
export function CitationHoverCard({
  editor,
  sources,
  style,
}: {
  editor: Editor;
  sources: LibrarySource[];
  style: CitationStyle;
}) {
  const [hovered, setHovered] = useState<HoverTarget | null>(null);
  const selected = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const selection = e.state.selection;
      return selection instanceof NodeSelection && selection.node.type.name === 'citation'
        ? selection.from
        : null;
    },
  });

  useEffect(() => {
    const frame = editor.view.dom.closest('.editor-frame');
    if (!frame) return;
    const onOver = (event: Event) => {
      const target = (event.target as HTMLElement).closest?.('span[data-citation]');
      if (!target || !(target instanceof HTMLElement)) return;
      const box = frame.getBoundingClientRect();
      const rect = target.getBoundingClientRect();
      setHovered({
        pos: editor.view.posAtDOM(target, 0),
        top: rect.bottom - box.top + 4,
        left: rect.left - box.left,
      });
    };
    const onOut = (event: Event) => {
      if ((event.target as HTMLElement).closest?.('span[data-citation]')) setHovered(null);
    };
    frame.addEventListener('mouseover', onOver);
    frame.addEventListener('mouseout', onOut);
    return () => {
      frame.removeEventListener('mouseover', onOver);
      frame.removeEventListener('mouseout', onOut);
    };
  }, [editor]);

  const target = hovered ?? (selected !== null ? positionOf(editor, selected) : null);
  if (!target) return null;
  const node = editor.state.doc.nodeAt(target.pos);
  if (node?.type.name !== 'citation') return null;
  const ids = node.attrs.sourceIds as string[];
  const numbering = citationNumbers(editor.state)?.numbering;
  const formatter = formatterFor(style);

  return (
    <div className="citation-card" role="tooltip" style={{ top: target.top, left: target.left }}>
      {ids.map((id) => {
        const source = sources.find((item) => item.id === id);
        const number = numbering?.numberOf.get(id);
        return (
          <p key={id}>
            {source ? (
              <>
                <strong>{number ?? '?'}.</strong> {formatter.reference(source.csl)}
              </>
            ) : (
              <span className="error-text">
                Missing source: it was removed from this draft or deleted from the library.
              </span>
            )}
          </p>
        );
      })}
      {typeof node.attrs.locator === 'string' && node.attrs.locator && (
        <p className="muted small">At {node.attrs.locator}</p>
      )}
    </div>
  );
}

function positionOf(editor: Editor, pos: number): HoverTarget | null {
  try {
    const coords = editor.view.coordsAtPos(pos);
    const box = editor.view.dom.closest('.editor-frame')?.getBoundingClientRect();
    if (!box) return null;
    return { pos, top: coords.bottom - box.top + 4, left: coords.left - box.left };
  } catch {
    return null;
  }
}
