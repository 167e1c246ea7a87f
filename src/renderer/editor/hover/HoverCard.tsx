import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { HoverAnchor } from './hover-target';
import { HOVER_CARD_CLASS } from './useHoverCards';
import { placeCard, visibleRoom } from './placement';

/**
 * A tooltip card hung from one line of text inside the editor frame, measured before it is
 * shown so it can open above the line when there is no room below (the status bar, the
 * window's edge) and shift left to stay on screen. A card opened from the keyboard takes
 * focus so its buttons can be reached.
 */
export function HoverCard({
  anchor,
  className,
  takeFocus,
  children,
}: {
  anchor: HoverAnchor;
  className: string;
  takeFocus: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const card = ref.current;
    const frame = card?.offsetParent;
    if (!card || !frame) return;
    const box = frame.getBoundingClientRect();
    const spot = placeCard(
      { top: anchor.top, bottom: anchor.bottom, left: anchor.left },
      { width: card.offsetWidth, height: card.offsetHeight },
      visibleRoom(frame),
    );
    setPlace({ top: spot.top - box.top, left: spot.left - box.left });
  }, [anchor.top, anchor.bottom, anchor.left]);

  useLayoutEffect(() => {
    if (place && takeFocus) {
      ref.current?.querySelector<HTMLElement>('button, [tabindex]')?.focus();
    }
  }, [place, takeFocus]);

  return (
    <div
      ref={ref}
      className={`${HOVER_CARD_CLASS} ${className}`}
      role="tooltip"
      tabIndex={-1}
      style={
        place ? { top: place.top, left: place.left } : { top: 0, left: 0, visibility: 'hidden' }
      }
    >
      {children}
    </div>
  );
}
