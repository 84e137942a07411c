/**
 * Splits raw text into tokens with UTF-16 offsets, the way CoNLL-2003 was tokenised, so a model trained on its
 * space-joined tokens sees the same tokens in real article text: "Kerry's" → "Kerry" "'s", "don't" → "do" "n't",
 * while "U.S.", "St.", "al-Assad" and "Nyong'o" stay whole. Pure.
 */

/** One token: its text as written (curly quotes made straight) and its offsets in the source. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Whether a line break stands between this token and the one before (or it is the first). */
  lineStart: boolean;
}

/** Abbreviations that keep their full stop ("St. Louis", "Mr. Kerry"). Lower-case, without the stop. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'jr', 'sr', 'prof', 'rev',
  'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'inc',
  'corp', 'ltd', 'co', 'no', 'adm', 'maj', 'cpl', 'pres', 'supt', 'bros', 'ave', 'blvd', 'cmdr', 'messrs', 'mme',
]);

// Order matters: dotted abbreviations, then numbers, then words (with inner apostrophes and hyphens), then one
// character of anything else.
const TOKEN =
  /(?:\p{L}\.){2,}|\p{N}+(?:[.,:/-]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:['’‘-][\p{L}\p{M}\p{N}]+)*\.?|[^\s]/gu;

/** Tokenises `text`; tokens are in order and never overlap. */
export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    let word = m[0];
    const lineStart = out.length === 0 || text.slice(last, start).includes('\n');
    last = start + word.length;
    // A full stop stays on an abbreviation or a single initial ("J."); otherwise it is a token of its own.
    let stop = false;
    if (word.length > 1 && word.endsWith('.') && !/^(?:\p{L}\.){2,}$/u.test(word)) {
      const bare = word.slice(0, -1);
      if (!ABBREVIATIONS.has(bare.toLowerCase()) && !/^\p{Lu}$/u.test(bare)) {
        word = bare;
        stop = true;
      }
    }
    pushWord(out, word, start, lineStart);
    if (stop) out.push({ text: '.', start: start + word.length, end: start + word.length + 1, lineStart: false });
  }
  return out;
}

/** Curly and other quotation marks, written as CoNLL writes them (' and "). */
const QUOTE = /[’‘‚‛`“”„‟«»]/;

const CLITIC = /^(.+?)(n['’]t|['’][sS]|['’](?:ll|re|ve|d|m))$/u;

/** Pushes a word, splitting off a possessive ("'s") or a negation ("n't") as CoNLL does. */
function pushWord(out: Token[], word: string, start: number, lineStart: boolean): void {
  const clitic = word.includes("'") || word.includes('’') ? CLITIC.exec(word) : null;
  if (clitic && /\p{L}/u.test(clitic[1]!)) {
    const head = clitic[1]!;
    out.push({ text: head, start, end: start + head.length, lineStart });
    const tail = clitic[2]!;
    out.push({ text: tail.replace('’', "'"), start: start + head.length, end: start + word.length, lineStart: false });
    return;
  }
  const text = QUOTE.test(word) ? word.replace(/[’‘‚‛`]/g, "'").replace(/[“”„‟«»]/g, '"') : word;
  out.push({ text, start, end: start + word.length, lineStart });
}
