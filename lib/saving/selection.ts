/**
 * Which selections can be saved: not collapsed, at most MAX_SELECTION_CHARS, and not inside a form field, an
 * editable area or Backstory's own UI. Touches the DOM only.
 */

export const MAX_SELECTION_CHARS = 5_000;
/** The host elements of Backstory's in-page UI (hover card, saving UI). */
export const OWN_UI_SELECTOR = 'backstory-ui, backstory-save';

function excluded(node: Node | null): boolean {
  const element = node instanceof Element ? node : node?.parentElement;
  if (!element) return true;
  return Boolean(element.closest(`input, textarea, select, [contenteditable]:not([contenteditable="false"]), ${OWN_UI_SELECTOR}`));
}

/** A copy of the selection's range if it may be saved, else null. */
export function savableRange(selection: Selection | null): Range | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const length = range.toString().trim().length;
  if (length === 0 || length > MAX_SELECTION_CHARS) return null;
  if (excluded(range.startContainer) || excluded(range.endContainer) || excluded(range.commonAncestorContainer)) return null;
  return range.cloneRange();
}
