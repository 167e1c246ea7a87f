/** What a hover card can be about: a citation chip or a finding's underline. */
export type HoverSubject = { kind: 'citation'; pos: number } | { kind: 'finding'; index: number };

/** Where a card is anchored: one line box of its subject, in viewport coordinates. */
export interface HoverAnchor {
  top: number;
  bottom: number;
  left: number;
}

/** A subject with the line box the card hangs from. */
export interface HoverTarget {
  subject: HoverSubject;
  anchor: HoverAnchor;
}

const CITATION = 'span[data-citation]';
const FINDING = '[data-finding]';

/**
 * The one subject under the pointer. A citation chip wins over the finding underline it
 * sits in (the chip is the smaller, more specific thing the pointer is on); among nested
 * underlines the innermost wins, because that is the one the pointer is over.
 */
export function subjectElement(
  element: Element | null,
): { element: HTMLElement; kind: HoverSubject['kind'] } | null {
  const citation = element?.closest(CITATION);
  if (citation instanceof HTMLElement) return { element: citation, kind: 'citation' };
  const finding = element?.closest(FINDING);
  if (finding instanceof HTMLElement) return { element: finding, kind: 'finding' };
  return null;
}

/**
 * The line box of `element` that contains the point, so a card for a sentence that wraps
 * over three lines opens under the line the pointer is on, not under the last one.
 * Null when the point is in none of them (the gap between lines, the end of a short line).
 */
export function lineBoxAt(element: Element, x: number, y: number): HoverAnchor | null {
  for (const rect of Array.from(element.getClientRects())) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
      return { top: rect.top, bottom: rect.bottom, left: rect.left };
    }
  }
  return null;
}

/** The first line box of an element (for cards opened from the keyboard). */
export function firstLineBox(element: Element): HoverAnchor | null {
  const rect = element.getClientRects()[0];
  return rect ? { top: rect.top, bottom: rect.bottom, left: rect.left } : null;
}

/** Whether two targets are about the same thing (a card is not re-opened for each pixel). */
export function sameSubject(a: HoverSubject | null, b: HoverSubject | null): boolean {
  if (!a || !b || a.kind !== b.kind) return a === b;
  return a.kind === 'citation'
    ? a.pos === (b as { pos: number }).pos
    : a.index === (b as { index: number }).index;
}
