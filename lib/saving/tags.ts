/** Tags as the reader types them. Pure. */

/** "a, #b  c" -> ['a', 'b', 'c']: split on commas and spaces, '#' dropped, repeats removed. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).map((t) => t.replace(/^#+/, '').replace(/#/g, '')).filter(Boolean))].slice(0, 50).map((t) => t.slice(0, 100));
}
