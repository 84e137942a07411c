/**
 * Per-token views of a tokenised document that every feature reads: normalised word, shape, capitalisation,
 * sentence starts, all-capitals lines (headlines, datelines), and the segments the decoder tags one at a time.
 * Pure.
 */
import type { Token } from './tokenise';

/** Per-token views of a document that every feature reads. */
export interface Prepared {
  tokens: Token[];
  lower: string[];
  shapes: string[];
  capitalised: boolean[];
  /** The token begins a sentence (first, after . ! ? : or a line break). */
  initial: boolean[];
  /** The token stands in a stretch written mostly in capitals (a headline or a dateline). */
  capsLine: boolean[];
  /** Sequence boundaries for decoding: token index ranges `[start, end)`. */
  segments: Array<[number, number]>;
}

const HAS_UPPER = /\p{Lu}/u;
const DOTTED = /^(?:\p{L}\.){2,}$/u;
const SENTENCE_OPENERS = new Set(
  ('The A An He She It They We I You This That These Those There His Her Its Their Our My But And Or So Yet In On ' +
    'At For With If When While As After Before Since Although Though Some Many Most All No Not One Two Three')
    .split(' '),
);
const UNSTOPPED_TITLE = /^(?:Mr|Mrs|Ms|Dr|MR|MRS|MS|DR)$/;
const LETTER = /\p{L}/u;

/** A word's shape with runs collapsed: "Kerry" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d". */
export function shape(word: string): string {
  let out = '';
  let prev = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const ch = word[i]!;
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = ch;
    else c = /\p{Lu}/u.test(ch) ? 'X' : /\p{L}|\p{M}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== prev || (c !== 'X' && c !== 'x' && c !== 'd')) out += c;
    prev = c;
  }
  return out;
}

/** Lower-cases and replaces digits by 0, so "1996" and "1997" share a feature. */
export function normalise(word: string): string {
  const lower = word.toLowerCase();
  return /\d/.test(lower) ? lower.replace(/\d/g, '0') : lower;
}

/** Computes the per-token views of a tokenised document. */
export function prepare(tokens: Token[]): Prepared {
  const n = tokens.length;
  // British style drops the stop of "Mr", "Mrs", "Ms", "Dr"; Reuters (the training data) mostly keeps it.
  const written = tokens.map((t) => (UNSTOPPED_TITLE.test(t.text) ? t.text + '.' : t.text));
  const lower = written.map(normalise);
  const shapes = written.map(shape);
  const capitalised = tokens.map((t) => HAS_UPPER.test(t.text[0] ?? ''));
  const initial: boolean[] = new Array<boolean>(n);
  const segments: Array<[number, number]> = [];
  let segStart = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]?.text ?? '';
    // "…by the U.S. The president…": raw text folds the full stop into the abbreviation; a capitalised
    // function word after one starts a sentence (CoNLL writes "U.S. ." there).
    const stopInAbbreviation = DOTTED.test(prev) && SENTENCE_OPENERS.has(t.text);
    initial[i] =
      i === 0 || t.lineStart || stopInAbbreviation || /^[.!?:]$/.test(prev) || (/^["']$/.test(prev) && initial[i - 1] === true);
    if (i > segStart && (t.lineStart || stopInAbbreviation || /^[.!?]$/.test(prev))) {
      segments.push([segStart, i]);
      segStart = i;
    }
  }
  if (n > segStart) segments.push([segStart, n]);
  const capsLine: boolean[] = new Array<boolean>(n).fill(false);
  for (const [s, e] of segments) {
    let words = 0;
    let caps = 0;
    for (let i = s; i < e; i++) {
      const w = tokens[i]!.text;
      if (!LETTER.test(w)) continue;
      words++;
      if (w.length > 1 && w === w.toUpperCase() && HAS_UPPER.test(w)) caps++;
    }
    if (words > 0 && caps / words > 0.6) capsLine.fill(true, s, e);
  }
  return { tokens, lower, shapes, capitalised, initial, capsLine, segments };
}

