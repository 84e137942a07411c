/**
 * Fuzzy quote matching, after Hypothesis (src/annotator/anchoring/match-quote.ts): candidates from
 * `approx-string-match`, each scored on the quote, its prefix, its suffix and its distance from the
 * position hint, with weights 50/20/20/2. Pure: strings in, a span out.
 */
import approxSearch from 'approx-string-match';
import type { TextSpan } from './types';

interface Candidate extends TextSpan {
  errors: number;
}

/** Context that ranks the candidates. `hint` is the expected start, in UTF-16 units. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  hint?: number;
}

/** A candidate with its normalised score in [0, 1]. */
export interface ScoredMatch extends TextSpan {
  score: number;
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const MAX_SCORE = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/** Exact occurrences first (cheap); only when there are none, approximate ones. */
function search(text: string, pattern: string, maxErrors: number): Candidate[] {
  const exact: Candidate[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  if (exact.length > 0) return exact;
  return approxSearch(text, pattern, Math.floor(maxErrors));
}

/** 1 when `str` occurs in `text` unchanged, falling towards 0 with each edit needed. */
function similarity(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const best = search(text, str, str.length)[0];
  return best ? 1 - best.errors / str.length : 0;
}

/**
 * Finds the best place for `quote` in `text`, allowing up to min(256, quote.length / 2) errors.
 * Returns null when no candidate is within that budget. The caller decides whether the score is enough.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): ScoredMatch | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, quote.length / 2);
  const candidates = search(text, quote, maxErrors);
  let best: ScoredMatch | null = null;
  for (const c of candidates) {
    const score = scoreCandidate(text, quote, c, context);
    if (!best || score > best.score) best = { start: c.start, end: c.end, score };
  }
  return best;
}

function scoreCandidate(text: string, quote: string, c: Candidate, context: QuoteContext): number {
  const { prefix, suffix, hint } = context;
  const quoteScore = 1 - c.errors / quote.length;
  const prefixScore = prefix ? similarity(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix) : 1;
  const suffixScore = suffix ? similarity(text.slice(c.end, c.end + suffix.length), suffix) : 1;
  const positionScore = hint === undefined ? 1 : 1 - Math.abs(c.start - hint) / Math.max(1, text.length);
  const raw =
    WEIGHTS.quote * quoteScore +
    WEIGHTS.prefix * prefixScore +
    WEIGHTS.suffix * suffixScore +
    WEIGHTS.position * positionScore;
  return raw / MAX_SCORE;
}
