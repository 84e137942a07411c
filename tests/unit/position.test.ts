import { describe, expect, it } from 'vitest';
import { placeCard } from '../../lib/hovercard/position';

const view = { width: 1000, height: 800 };
const size = { width: 300, height: 200 };

describe('placeCard', () => {
  it.each([
    ['below the name when it fits', { left: 100, top: 100, bottom: 120 }, { left: 100, top: 128 }],
    ['above the name near the bottom', { left: 100, top: 700, bottom: 720 }, { left: 100, top: 492 }],
    ['pulled inside the right edge', { left: 900, top: 100, bottom: 120 }, { left: 692, top: 128 }],
  ])('%s', (_, anchor, expected) => {
    expect(placeCard(anchor, size, view)).toEqual(expected);
  });

  it('never leaves the viewport, even when the card is taller than the space', () => {
    const p = placeCard({ left: -50, top: 10, bottom: 30 }, { width: 300, height: 790 }, view);
    expect(p.left).toBeGreaterThanOrEqual(8);
    expect(p.top).toBeGreaterThanOrEqual(8);
  });
});
