/**
 * The first recogniser: `compromise`'s people, places and organisations, cleaned of what it gets wrong on news
 * text (titles glued to names, given names split off, "U.S." read as an organisation, "Jordan" read as a person,
 * lower-case words inside a name). Kept behind the `Recogniser` interface so a trained model can replace it.
 */
import nlp from 'compromise';
import { COUNTRIES_NAMED_LIKE_PEOPLE, isKnownPlaceAlias } from './places';
import type { Recogniser } from './recogniser';
import type { Span, SpanType } from './types';

/** Titles compromise keeps at the front of a name; the name starts after them. */
const TITLE = /^(?:(?:President|Secretary|Minister|Prime|Foreign|Chancellor|Senator|Sen\.|Gov\.|Governor|Mayor|King|Queen|Prince|Princess|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Gen\.?|General|Rep\.?|Judge|Pope|Sheikh|Lord|Lady|Sir|Dame|Officer|Detective|Coach|Captain)\s+)+/u;
/** Places that are organisations in news text: the building stands for the institution. */
const INSTITUTIONS = new Set(['White House', 'Kremlin', 'Pentagon', 'Downing Street', 'Capitol Hill', 'Elysee', 'Élysée']);

interface Found {
  start: number;
  end: number;
  type: SpanType;
}

function collect(text: string): Found[] {
  const doc = nlp(text);
  const out: Found[] = [];
  const take = (view: { json: (o: object) => unknown }, type: SpanType) => {
    for (const m of view.json({ offset: true }) as Array<{ offset: { start: number; length: number } }>) {
      out.push({ start: m.offset.start, end: m.offset.start + m.offset.length, type });
    }
  };
  take(doc.people(), 'PER');
  take(doc.places(), 'LOC');
  take(doc.organizations(), 'ORG');
  return out;
}

/** Cuts a span down to its capitalised core: no leading lower-case words or titles, no trailing punctuation. */
function clean(text: string, f: Found): Found | null {
  let { start, end } = f;
  let surface = text.slice(start, end);
  const lead = /^(?:[\p{Ll}][\p{L}'’-]*\s+)+/u.exec(surface)?.[0] ?? '';
  start += lead.length;
  surface = text.slice(start, end);
  const title = f.type === 'PER' ? TITLE.exec(surface)?.[0] ?? '' : '';
  start += title.length;
  surface = text.slice(start, end).replace(/[\s,;:!?"“”‘’)]+$/u, '');
  if (surface.endsWith('.') && !/(?:\p{Lu}\.){2,}$|\b\p{Lu}\.$/u.test(surface)) surface = surface.slice(0, -1);
  end = start + surface.length;
  if (!/^\p{Lu}/u.test(surface)) return null;
  return { start, end, type: f.type };
}

/** Extends a person span left over a capitalised given name that compromise split off ("John" + "Kerry"). */
function extendGivenName(text: string, f: Found): Found {
  if (f.type !== 'PER') return f;
  const before = /(?:^|[\s(])(\p{Lu}\p{Ll}+)\s$/u.exec(text.slice(Math.max(0, f.start - 30), f.start));
  const given = before?.[1];
  if (!given || TITLE.test(`${given} `) || /^(The|A|An|But|And|In|On|At|Of|For|With|By|As|If|So|Both|Neither|Although|Further)$/.test(given)) return f;
  const sentenceStart = /(?:^|[.!?]["”]?\s+|\n)$/.test(text.slice(0, f.start - given.length - 1));
  return sentenceStart && !/\p{Lu}/u.test(text[f.start] ?? '') ? f : { ...f, start: f.start - given.length - 1 };
}

function retype(text: string, f: Found): Found | null {
  const surface = text.slice(f.start, f.end);
  if (INSTITUTIONS.has(surface)) return null;
  if (isKnownPlaceAlias(surface)) return { ...f, type: 'LOC' };
  if (f.type === 'PER' && COUNTRIES_NAMED_LIKE_PEOPLE.has(surface)) return { ...f, type: 'LOC' };
  return f;
}

/** Keeps the first of overlapping spans, preferring longer ones, so the output never overlaps. */
function dropOverlaps(spans: Found[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}

export const recogniseWithCompromise: Recogniser = (text) =>
  dropOverlaps(
    collect(text)
      .map((f) => clean(text, f))
      .filter((f): f is Found => f !== null)
      .map((f) => extendGivenName(text, f))
      .map((f) => retype(text, f))
      .filter((f): f is Found => f !== null),
  );
