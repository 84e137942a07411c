/** Abbreviations whose full stop does not end a sentence. Lower-case, without the stop. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'jr', 'sr', 'prof', 'rev',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'vs', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'mt', 'ft', 'inc', 'corp', 'ltd', 'co',
]);

/**
 * Splits text into sentences, as `[start, end)` spans with surrounding white space trimmed. A line break always
 * ends a sentence (paragraphs are joined with blank lines); so does `.`, `!` or `?` (with any closing quote) when
 * followed by white space and an upper-case letter, digit or opening quote, unless the word is an abbreviation.
 */
export function splitSentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push([s, e]);
    start = end;
  };
  const boundary = /\n+|[.!?]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0][0] === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
    }
    push(m.index + m[0].length);
  }
  push(text.length);
  return spans;
}

/** The index of the sentence holding `offset`, by binary search; -1 when none does. */
export function sentenceAt(sentences: ReadonlyArray<readonly [number, number]>, offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = sentences[mid]!;
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return mid;
  }
  return -1;
}
