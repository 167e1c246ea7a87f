import type { Editor } from '@tiptap/core';
import type { LibrarySource } from '../../core/api';
import type { CitationStyle } from '../../core/document/metadata';
import { citationNumbers } from './citation-numbers';
import { formatterFor } from './formatters';

/**
 * The formatted reference(s) of the citation at `pos`: what its card shows while the
 * pointer rests on it or it is selected with the keyboard. Missing sources say so.
 */
export function CitationCardContent({
  editor,
  pos,
  sources,
  style,
}: {
  editor: Editor;
  pos: number;
  sources: LibrarySource[];
  style: CitationStyle;
}) {
  const node = editor.state.doc.nodeAt(pos);
  if (node?.type.name !== 'citation') return null;
  const ids = node.attrs.sourceIds as string[];
  const numbering = citationNumbers(editor.state)?.numbering;
  const formatter = formatterFor(style);
  return (
    <>
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
    </>
  );
}
