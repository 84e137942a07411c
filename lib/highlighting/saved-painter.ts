/**
 * Paints the reader's saved highlights: one CSS Custom Highlight per colour (`backstory-saved-yellow`, ...),
 * above the automatic people/place highlights (higher priority), so both show where they overlap.
 * Independent of painter.ts: stopping or re-running the names never clears the reader's own highlights.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../storage/types';

export const SAVED_HIGHLIGHT_PREFIX = 'backstory-saved-';
export const savedHighlightName = (color: HighlightColor) => `${SAVED_HIGHLIGHT_PREFIX}${color}`;
/** Above the names (priority 0) and below the focus flash. */
const SAVED_PRIORITY = 1;

type Registry = { set(name: string, h: Highlight): void; delete(name: string): boolean };

function registry(): Registry | null {
  const highlights = (globalThis.CSS as { highlights?: Registry } | undefined)?.highlights;
  return highlights && typeof Highlight === 'function' ? highlights : null;
}

/** Replaces all saved-highlight painting with `ranges` by colour. */
export function paintSaved(ranges: ReadonlyMap<HighlightColor, readonly Range[]>): void {
  const reg = registry();
  if (!reg) return;
  for (const color of HIGHLIGHT_COLORS) {
    const list = ranges.get(color) ?? [];
    if (!list.length) {
      reg.delete(savedHighlightName(color));
      continue;
    }
    const highlight = new Highlight(...list);
    highlight.priority = SAVED_PRIORITY;
    reg.set(savedHighlightName(color), highlight);
  }
}

export function clearSaved(): void {
  paintSaved(new Map());
}

/** The flash of a saved highlight revealed from the popup; null clears it. Above everything else. */
export const SAVED_FOCUS = 'backstory-saved-focus';

export function flashSaved(range: Range | null): void {
  const reg = registry();
  if (!reg) return;
  if (!range) return void reg.delete(SAVED_FOCUS);
  const highlight = new Highlight(range);
  highlight.priority = SAVED_PRIORITY + 1;
  reg.set(SAVED_FOCUS, highlight);
}
