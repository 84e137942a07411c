/** The hashes features and gazetteer phrases are keyed by. Changing them changes every weight. */

/** FNV-1a, 32 bits, over UTF-16 units. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Combines a feature's parts (template id, then values) into one 32-bit id. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0xcc9e2d51), 0x1b873593);
  h ^= h >>> 15;
  return Math.imul(h, 0x85ebca6b) >>> 0;
}
