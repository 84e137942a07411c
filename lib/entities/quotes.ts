/**
 * Who said what: quote attribution and co-mentions for an article's people. Pure: text and mentions in, plain data
 * out; no DOM, no I/O. Heuristic and English-only; it prefers to attribute nothing over attributing wrongly.
 */
import { isRoleWord } from './roles';
import type { Mention } from './types';

/** A quoted passage and the entity it is attributed to. Offsets are UTF-16 units into the text, `end` exclusive. */
export interface AttributedQuote {
  entityId: string;
  /** The words inside the quotation marks, trimmed, as written. */
  quote: string;
  start: number;
  end: number;
  /**
   * How it was attributed: `named` (X said / said X), `pronoun` (he said → the last speaker), `continued` (a quote
   * right after the previous one's attribution, in the same paragraph: '“…,” Bassi said. “But …”').
   */
  cue: 'named' | 'pronoun' | 'continued';
}

/** A sentence's bounds in the text, `end` exclusive. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const SPEECH_VERB =
  /^(?:said|says|say|told|tells|added|adds|asked|asks|stated|states|explained|explains|warned|warns|declared|declares|insisted|insists|noted|notes|continued|replied|wrote|writes|argued|argues|urged|urges|announced|announces|acknowledged|stressed|said:)$/i;
const PRONOUN = /^(?:he|she)$/i;
/** Words allowed between a name and its verb ("Kerry also said", "Lavrov later told"). */
const FILLER = /^(?:also|later|then|again|earlier|has|had|have|once|recently|simply|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** A quote shorter than this many words is a scare quote or a title, not speech. */
const MIN_WORDS = 3;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string, offset: number): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}'’:-]+/gu)) {
    out.push({ text: m[0].replace(/[’']s$|:$/u, ''), start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

/** Finds quoted passages: curly pairs, straight pairs, and a curly quote left open at the end of its paragraph. */
function findQuotes(text: string): { start: number; end: number; inner: string }[] {
  const found: { start: number; end: number; inner: string }[] = [];
  for (const m of text.matchAll(/“([^”\n]+)(?:”|(?=\n))|"([^"\n]+)"/g)) {
    const inner = (m[1] ?? m[2] ?? '').trim();
    if (inner.split(/\s+/).length < MIN_WORDS) continue;
    found.push({ start: m.index, end: m.index + m[0].length, inner: inner.replace(/[,]$/, '') });
  }
  return found;
}

/** The clause around a quote: from the last sentence end or line break before it, or up to the next one after it. */
function clauseBefore(text: string, at: number): number {
  let i = at - 1;
  while (i > 0) {
    const ch = text[i];
    if (ch === '\n' || ch === '”' || ch === '"') return i + 1;
    if ((ch === '.' || ch === '?' || ch === '!') && /\s/.test(text[i + 1] ?? '')) return i + 1;
    i--;
  }
  return 0;
}

function clauseAfter(text: string, at: number): number {
  const rest = text.slice(at);
  const stop = rest.search(/[.;!?](?=\s|$)|\n|“|"/);
  return stop < 0 ? text.length : at + stop;
}

/** The person a `verb` at word index `v` is attached to: a named mention just before or after it, or a pronoun. */
function speakerAround(words: Word[], v: number, per: Mention[]): { mention?: Mention; pronoun: boolean } | null {
  const before = (w: number) => per.find((m) => m.end === words[w]?.end || (m.end > (words[w]?.start ?? -1) && m.end <= (words[w]?.end ?? -1)));
  for (let w = v - 1, skipped = 0; w >= 0 && skipped <= 2; w--, skipped++) {
    const word = words[w];
    if (!word) break;
    const m = before(w);
    if (m) return { mention: m, pronoun: false };
    if (PRONOUN.test(word.text)) return { pronoun: true };
    if (!FILLER.test(word.text)) break;
  }
  const verb = words[v];
  if (!verb) return null;
  // "said Kerry", "said Russian Foreign Minister Sergei Lavrov", "says president David Weisbrot": the name within a
  // few title or role words after the verb.
  const next = per.filter((m) => m.start >= verb.end).sort((a, b) => a.start - b.start)[0];
  if (next) {
    const between = words.filter((w) => w.start >= verb.end && w.end <= next.start);
    if (between.length <= 4 && between.every((w) => /^\p{Lu}/u.test(w.text) || /^(?:of|the|for)$/i.test(w.text) || isRoleWord(w.text))) {
      return { mention: next, pronoun: false };
    }
  }
  const after = words[v + 1];
  if (after && PRONOUN.test(after.text)) return { pronoun: true };
  return null;
}

/** The first speech cue in a span, and who it names. */
function cueIn(text: string, from: number, to: number, per: Mention[]): { mention?: Mention; pronoun: boolean } | null {
  const words = wordsOf(text.slice(from, to), from);
  const inSpan = per.filter((m) => m.start >= from && m.end <= to);
  for (let v = 0; v < words.length; v++) {
    if (!SPEECH_VERB.test(words[v]?.text ?? '')) continue;
    const who = speakerAround(words, v, inSpan);
    if (who) return who;
  }
  return null;
}

/** Whether `at` opens a paragraph: the text's start, or just after a line break. */
function opensParagraph(text: string, at: number): boolean {
  return at === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, at - 4), at));
}

/** The person who last spoke or was last named before `at`: the referent of "he said". */
function lastSpeaker(text: string, at: number, per: Mention[], attributed: AttributedQuote[]): string | undefined {
  const earlier = per.filter((m) => m.end <= at).sort((a, b) => b.start - a.start);
  for (const m of earlier) {
    const lastQuote = attributed.at(-1);
    if (lastQuote && lastQuote.end > m.end) return lastQuote.entityId;
    // Named first in the paragraph before, since the last quote ("Fiona Parry issued a plea … ⏎ “…,” she said"):
    // the paragraph's new subject, ahead of whoever was quoted before.
    if (opensParagraph(text, m.start) && text.slice(m.end, at).includes('\n')) return m.entityId;
    const after = text.slice(m.end, m.end + 30);
    const before = text.slice(Math.max(0, m.start - 12), m.start);
    if (/^\s+(?:\w+\s+){0,2}?(?:said|says|told|added|asked|stated|warned)\b/i.test(after) || /\b(?:said|says|told)\s+$/i.test(before)) {
      return m.entityId;
    }
  }
  return attributed.at(-1)?.entityId ?? earlier[0]?.entityId;
}

/**
 * Whether a quote starting at `start` goes on with the words of the quote that ended at `previousEnd`: the same
 * paragraph, and nothing between but a short attribution sentence (", Azzouz said. ", " he said of himself. ").
 */
function continues(text: string, previousEnd: number, start: number): boolean {
  const between = text.slice(previousEnd, start);
  if (between.length > 80 || between.includes('\n') || !/[.:]\s*$/.test(between)) return false;
  return wordsOf(between, 0).some((w) => SPEECH_VERB.test(w.text));
}

/**
 * Attributes each quoted passage (“…” or "…", three words or more) to a person: "…," X said / said X / X told /
 * X added; X said "…" in the same sentence; "…," he said → the last person who spoke or was named as speaking;
 * "…," X said. "…" → X again (the second quote continues the first).
 * Mentions of type LOC are ignored. Quotes with no attribution cue are left out. Results are in text order.
 */
export function attributeQuotes(text: string, mentions: readonly Mention[]): AttributedQuote[] {
  const per = mentions.filter((m) => m.type === 'PER');
  const out: AttributedQuote[] = [];
  for (const q of findQuotes(text)) {
    // A quote that ends its own sentence ('… the month.”') takes no cue from the next sentence.
    const closed = /\.\s*[”"]?$/.test(text.slice(q.start, q.end));
    const after = closed ? null : cueIn(text, q.end, clauseAfter(text, q.end), per);
    const who = after ?? cueIn(text, clauseBefore(text, q.start), q.start, per);
    if (!who) {
      const previous = out.at(-1);
      if (previous && continues(text, previous.end, q.start)) out.push({ ...previous, quote: q.inner, start: q.start, end: q.end, cue: 'continued' });
      continue;
    }
    const entityId = who.mention?.entityId ?? lastSpeaker(text, q.start, per, out);
    if (!entityId) continue;
    out.push({ entityId, quote: q.inner, start: q.start, end: q.end, cue: who.mention ? 'named' : 'pronoun' });
  }
  return out;
}

/** Groups attributed quotes by entity id, in text order: the shape `EntityProfile.quotes` takes. */
export function quotesByEntity(quotes: readonly AttributedQuote[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const q of quotes) (out[q.entityId] ??= []).push(q.quote);
  return out;
}

/** Splits text into sentences at . ! ? followed by space and a capital or quote, and at line breaks. */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?][”"]?\s+(?=[\p{Lu}“"])|\n+/gu)) {
    const end = m.index + m[0].length;
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans;
}

/**
 * For each entity, the other entities named in the same sentences, most shared sentences first (ties: first
 * appearance). The shape `EntityProfile.alongside` takes.
 */
export function coMentions(
  text: string,
  mentions: readonly Mention[],
  sentences: readonly SentenceSpan[] = sentenceSpans(text),
): Record<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    const ids = [...new Set(mentions.filter((m) => m.start >= s.start && m.start < s.end).map((m) => m.entityId))];
    for (const a of ids) {
      const row = counts.get(a) ?? new Map<string, number>();
      for (const b of ids) if (b !== a) row.set(b, (row.get(b) ?? 0) + 1);
      counts.set(a, row);
    }
  }
  const out: Record<string, string[]> = {};
  for (const [id, row] of counts) out[id] = [...row].sort((x, y) => y[1] - x[1]).map(([other]) => other);
  return out;
}
