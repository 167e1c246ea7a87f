import type { Editor } from '@tiptap/core';
import type { LibrarySource } from '../../core/api';
import type { CitationStyle } from '../../core/document/metadata';
import { CitationCardContent } from '../citations/CitationHoverCard';
import { FindingCardContent } from '../compliance/FindingHoverCard';
import type { ShownFinding } from '../compliance/useCompliance';
import { EditorHoverCards } from '../editor/hover/EditorHoverCards';
import type { HoverCards } from '../editor/hover/useHoverCards';

/** The draft's hover cards: citations' references and findings' messages, one at a time. */
export function DraftHoverCards({
  editor,
  cards,
  sources,
  style,
  findings,
  onWaive,
}: {
  editor: Editor;
  cards: HoverCards;
  sources: LibrarySource[];
  style: CitationStyle;
  /** The underlined findings, in the order their decorations are numbered. */
  findings: ShownFinding[];
  onWaive: (finding: ShownFinding) => void;
}) {
  return (
    <EditorHoverCards
      editor={editor}
      cards={cards}
      citation={(pos) => (
        <CitationCardContent editor={editor} pos={pos} sources={sources} style={style} />
      )}
      finding={(index) => {
        const finding = findings[index];
        return finding
          ? {
              severity: finding.severity,
              content: (
                <FindingCardContent
                  editor={editor}
                  finding={finding}
                  onWaive={onWaive}
                  onDone={cards.close}
                />
              ),
            }
          : null;
      }}
    />
  );
}
