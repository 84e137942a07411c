/**
 * Paints mentions into the live page with the CSS Custom Highlight API: no element is wrapped or inserted.
 * Ranges are registered under names that say the type, so page-level CSS (and tests) can tell them apart.
 * Where the browser has no `CSS.highlights`, painting is skipped and everything else still works.
 */
import type { EntityType } from '../entities/types';

export const HIGHLIGHT_NAMES: Record<EntityType, string> = { PER: 'backstory-person', LOC: 'backstory-place' };
/** The name being visited from the keyboard, or revealed from the popup. */
export const FOCUS_HIGHLIGHT = 'backstory-focus';

type Registry = { set(name: string, h: Highlight): void; delete(name: string): boolean; get(name: string): Highlight | undefined };

function registry(): Registry | null {
  const highlights = (globalThis.CSS as { highlights?: Registry } | undefined)?.highlights;
  return highlights && typeof Highlight === 'function' ? highlights : null;
}

export function canPaint(): boolean {
  return registry() !== null;
}

/** Adds ranges to the highlight of a type, creating it on first use. */
export function paint(type: EntityType, ranges: readonly Range[]): void {
  const reg = registry();
  if (!reg || !ranges.length) return;
  const name = HIGHLIGHT_NAMES[type];
  const existing = reg.get(name);
  if (existing) for (const r of ranges) existing.add(r);
  else reg.set(name, new Highlight(...ranges));
}

/** Marks one range as focused (keyboard or popup), replacing any earlier focus; null clears it. */
export function paintFocus(range: Range | null): void {
  const reg = registry();
  if (!reg) return;
  if (range) reg.set(FOCUS_HIGHLIGHT, new Highlight(range));
  else reg.delete(FOCUS_HIGHLIGHT);
}

/** Removes every highlight Backstory painted. */
export function clearPaint(): void {
  const reg = registry();
  if (!reg) return;
  for (const name of [...Object.values(HIGHLIGHT_NAMES), FOCUS_HIGHLIGHT]) reg.delete(name);
}
