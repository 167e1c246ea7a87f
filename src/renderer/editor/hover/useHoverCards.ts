import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  firstLineBox,
  lineBoxAt,
  sameSubject,
  subjectElement,
  type HoverSubject,
  type HoverTarget,
} from './hover-target';

/** How long the pointer rests on a subject before its card opens (passing over text opens nothing). */
const OPEN_DELAY_MS = 250;
/** How long a card stays after the pointer leaves, so the pointer can travel onto it. */
const CLOSE_DELAY_MS = 350;
/** The card's own class: the pointer on it keeps it open. */
export const HOVER_CARD_CLASS = 'hover-card';

/** The one open card and how it was opened (a keyboard-opened card takes focus). */
export interface OpenCard extends HoverTarget {
  byKeyboard: boolean;
}

/** What the draft view holds: the open card and the ways to open and close one. */
export interface HoverCards {
  card: OpenCard | null;
  /** Opens the card of a finding by its index among the underlined ones (Findings panel, keyboard). */
  openFinding: (index: number, options?: { byKeyboard?: boolean }) => void;
  close: () => void;
}

/**
 * One hover card at a time over the editor, chosen by what is under the pointer: the
 * citation chip wins over the finding underline it sits in. A card opens when the pointer
 * rests on its subject's own line box, closes when the pointer leaves both subject and
 * card, on a click in the text and on typing. Alt+Enter opens the card of the finding at
 * the caret and moves focus into it, so keyboard users reach Apply and Waive too.
 */
export function useHoverCards(editor: Editor | null): HoverCards {
  const [card, setCard] = useState<OpenCard | null>(null);
  const current = useRef<OpenCard | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const show = useCallback((next: OpenCard | null) => {
    clearTimeout(timer.current);
    current.current = next;
    setCard(next);
  }, []);
  const close = useCallback(() => show(null), [show]);

  const openFinding = useCallback(
    (index: number, options: { byKeyboard?: boolean } = {}) => {
      if (!editor || editor.isDestroyed) return;
      // After a reveal the view scrolls first; anchor to where the underline is then.
      requestAnimationFrame(() => {
        const element = editor.view.dom.querySelector(`[data-finding="${index}"]`);
        const anchor = element && firstLineBox(element);
        if (anchor) {
          show({ subject: { kind: 'finding', index }, anchor, byKeyboard: !!options.byKeyboard });
        }
      });
    },
    [editor, show],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const frame = editor.view.dom.closest('.editor-frame');
    if (!frame) return;

    const later = (fn: () => void, ms: number) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(fn, ms);
    };
    const onMove = (event: Event) => {
      const pointer = event as MouseEvent;
      const element = pointer.target instanceof Element ? pointer.target : null;
      if (element?.closest(`.${HOVER_CARD_CLASS}`)) {
        clearTimeout(timer.current);
        return;
      }
      const found = subjectElement(element);
      const anchor = found && lineBoxAt(found.element, pointer.clientX, pointer.clientY);
      const subject: HoverSubject | null =
        found && anchor
          ? found.kind === 'citation'
            ? { kind: 'citation', pos: editor.view.posAtDOM(found.element, 0) }
            : { kind: 'finding', index: Number(found.element.dataset.finding) }
          : null;
      const open = current.current;
      if (subject && anchor) {
        if (open && sameSubject(open.subject, subject)) {
          clearTimeout(timer.current);
          return;
        }
        later(() => show({ subject, anchor, byKeyboard: false }), OPEN_DELAY_MS);
      } else if (open && !open.byKeyboard) {
        later(() => show(null), CLOSE_DELAY_MS);
      } else {
        clearTimeout(timer.current);
      }
    };
    const onLeave = () => {
      if (current.current && !current.current.byKeyboard) later(() => show(null), CLOSE_DELAY_MS);
      else clearTimeout(timer.current);
    };
    // Clicking into the text or typing puts a card away, so it never covers the line being written.
    const onDown = (event: Event) => {
      if ((event.target as Element).closest?.(`.${HOVER_CARD_CLASS}`)) return;
      show(null);
    };
    const onKey = (event: Event) => {
      const key = event as KeyboardEvent;
      if ((key.target as Element).closest?.(`.${HOVER_CARD_CLASS}`)) {
        if (key.key === 'Escape') {
          show(null);
          editor.commands.focus();
        }
        return;
      }
      if (key.key === 'Enter' && key.altKey && !key.ctrlKey && !key.metaKey) {
        const index = findingAtCaret(editor);
        if (index !== null) {
          key.preventDefault();
          openFinding(index, { byKeyboard: true });
          return;
        }
      }
      if (current.current) show(null);
    };
    frame.addEventListener('mousemove', onMove);
    frame.addEventListener('mouseleave', onLeave);
    frame.addEventListener('mousedown', onDown);
    frame.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer.current);
      frame.removeEventListener('mousemove', onMove);
      frame.removeEventListener('mouseleave', onLeave);
      frame.removeEventListener('mousedown', onDown);
      frame.removeEventListener('keydown', onKey);
    };
  }, [editor, show, openFinding]);

  return { card, openFinding, close };
}

/** The innermost underlined finding at the caret, by its index, or null. */
function findingAtCaret(editor: Editor): number | null {
  const { node, offset } = editor.view.domAtPos(editor.state.selection.from);
  // Between two nodes the caret belongs to the text before it (where the writer just typed).
  const at =
    node instanceof Element ? (node.childNodes[offset - 1] ?? node.childNodes[offset]) : node;
  const element = at instanceof Element ? at : (at?.parentElement ?? null);
  const finding = element?.closest('[data-finding]');
  return finding instanceof HTMLElement ? Number(finding.dataset.finding) : null;
}
