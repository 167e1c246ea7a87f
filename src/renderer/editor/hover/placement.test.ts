import { describe, expect, it } from 'vitest';
import { placeCard } from './placement';

const room = { top: 0, left: 0, right: 1000, bottom: 700 };
const size = { width: 400, height: 120 };

describe('placeCard', () => {
  it('hangs the card under its line when there is room', () => {
    expect(placeCard({ top: 100, bottom: 120, left: 50 }, size, room)).toEqual({
      top: 124,
      left: 50,
      above: false,
    });
  });

  it('opens above the line near the bottom of the visible area (the status bar)', () => {
    const spot = placeCard({ top: 640, bottom: 660, left: 50 }, size, room);
    expect(spot.above).toBe(true);
    expect(spot.top + size.height).toBeLessThanOrEqual(640);
  });

  it('shifts left so the right edge stays on screen', () => {
    const spot = placeCard({ top: 100, bottom: 120, left: 900 }, size, room);
    expect(spot.left + size.width).toBeLessThanOrEqual(room.right);
  });

  it('keeps a card taller than either side on screen', () => {
    const spot = placeCard({ top: 300, bottom: 320, left: 0 }, { width: 300, height: 650 }, room);
    expect(spot.top).toBeGreaterThanOrEqual(room.top);
    expect(spot.top + 650).toBeLessThanOrEqual(room.bottom);
  });
});
