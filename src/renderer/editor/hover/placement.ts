import type { HoverAnchor } from './hover-target';

/** The room a card may use, in viewport coordinates. */
export interface Viewport {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The gap between the text line and its card. */
const GAP = 4;
/** Kept free at the edges so a card never touches the window frame. */
const MARGIN = 8;

/**
 * Where a card of the given size goes: under its line when it fits above the bottom of the
 * visible area (the status bar, the window), otherwise above the line; shifted left so its
 * right edge stays on screen. Returns viewport coordinates.
 */
export function placeCard(
  anchor: HoverAnchor,
  size: { width: number; height: number },
  room: Viewport,
): { top: number; left: number; above: boolean } {
  const below = anchor.bottom + GAP;
  const fitsBelow = below + size.height <= room.bottom - MARGIN;
  const above = anchor.top - GAP - size.height;
  const fitsAbove = above >= room.top + MARGIN;
  const placeAbove = !fitsBelow && fitsAbove;
  const maxLeft = room.right - MARGIN - size.width;
  const left = Math.max(room.left + MARGIN, Math.min(anchor.left, maxLeft));
  const top = placeAbove
    ? above
    : fitsBelow
      ? below
      : // Fits neither way (a tall card on a short window): keep its top on screen.
        Math.max(room.top + MARGIN, Math.min(below, room.bottom - MARGIN - size.height));
  return { top, left, above: placeAbove };
}

/** The visible part of the nearest scrolling ancestor, within the window. */
export function visibleRoom(element: Element): Viewport {
  let room: Viewport = { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth };
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') {
      const rect = node.getBoundingClientRect();
      room = {
        top: Math.max(room.top, rect.top),
        left: Math.max(room.left, rect.left),
        bottom: Math.min(room.bottom, rect.bottom),
        right: Math.min(room.right, rect.right),
      };
      break;
    }
  }
  return room;
}
