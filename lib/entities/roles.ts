/**
 * Finds the role or title the text gives a person where it names them: before the name ("Foreign minister
 * Sergei Lavrov", "Russian President Vladimir Putin", "secretary of state John Kerry") or in an apposition after
 * it ("Kerry, the US secretary of state,"). Pure.
 */

/** Words that make a phrase a role: a role phrase must contain one. */
export const ROLE_HEADS = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'premier', 'senator', 'governor', 'mayor', 'king', 'queen',
  'prince', 'princess', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'chairman',
  'chairwoman', 'chair', 'chief', 'director', 'general', 'judge', 'pope', 'envoy', 'commander', 'coach', 'manager',
  'ceo', 'founder', 'emperor', 'sheikh', 'emir', 'sultan', 'representative', 'congressman', 'congresswoman',
  'lawmaker', 'official', 'diplomat', 'negotiator', 'adviser', 'advisor', 'dictator', 'rebel', 'candidate',
  'speaker', 'justice', 'attorney', 'prosecutor', 'officer', 'executive', 'analyst', 'professor', 'author',
  'actor', 'actress', 'singer', 'player', 'striker', 'captain', 'head', 'deputy', 'vice-president', 'counsel',
  'inspector', 'superintendent', 'commissioner', 'detective',
]);

/** Words that may stand inside a role phrase without being its head. */
const ROLE_MODIFIERS = new Set([
  'foreign', 'prime', 'vice', 'former', 'state', 'of', 'the', 'defence', 'defense', 'interior', 'finance',
  'economy', 'health', 'national', 'security', 'executive', 'acting', 'interim', 'deputy', 'assistant', 'senior',
  'us', 'u.s.', 'uk', 'un', 'u.n.', 'white', 'house', 'opposition', 'party', 'supreme', 'high', 'top', 'labour',
  'labor', 'conservative', 'democratic', 'republican', 'democrat', 'federal', 'general', 'army', 'military',
  'treasury', 'justice', 'trade', 'energy', 'education', 'transport', 'home', 'affairs', 'crown', 'grand',
  'minority', 'majority', 'world', 'bank', 'police', 'city', 'county', 'district', 'chief', 'staff', 'press',
  'managing', 'company',
]);

const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|an|ese|ish|i|ic)$/u;
const WORD = /[\p{L}\p{M}.'’-]+/gu;

/** Whether a word can stand in a role phrase ("president", "Foreign", "press", a demonym). */
export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  return ROLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower) || DEMONYM.test(word) || /^\p{Lu}\p{Ll}+['’]s$/u.test(word);
}

function hasHead(words: string[]): boolean {
  return words.some((w) => ROLE_HEADS.has(w.toLowerCase()));
}

/** Trims function words from the ends of a role phrase ("the", "of", "and"). */
function tidy(words: string[]): string | undefined {
  let s = 0;
  let e = words.length;
  while (s < e && /^(the|of|and|a|an)$/i.test(words[s]!)) s++;
  while (e > s && /^(the|of|and|a|an)$/i.test(words[e - 1]!)) e--;
  const phrase = words.slice(s, e);
  return phrase.length && hasHead(phrase) ? phrase.join(' ') : undefined;
}

/** The role phrase right before `start`, within the same clause, if any. */
export function roleBefore(text: string, start: number): string | undefined {
  const window = text.slice(Math.max(0, start - 80), start);
  const words = [...window.matchAll(WORD)];
  const run: string[] = [];
  let gapEnd = window.length;
  for (let i = words.length - 1; i >= 0 && run.length < 7; i--) {
    const match = words[i]!;
    // Punctuation between this word and the next ends the clause the role must stand in.
    if (/[,;:.!?"“”()]/.test(window.slice(match.index + match[0].length, gapEnd))) break;
    if (!isRoleWord(match[0])) break;
    run.unshift(match[0]);
    gapEnd = match.index;
  }
  return tidy(run);
}

/** The role in an apposition right after `end` (", the US secretary of state,"), if any. */
export function roleAfter(text: string, end: number): string | undefined {
  const m = /^,\s+((?:the|a|an)\s+)?([^,.;:!?"“”()\n]{2,60})[,.;]/u.exec(text.slice(end, end + 90));
  if (!m) return undefined;
  const words = [...m[2]!.matchAll(WORD)].map((w) => w[0]);
  if (!words.every(isRoleWord)) return undefined;
  return tidy(words);
}

/** The first role the text gives at any of the mentions (tried in order). */
export function findRole(text: string, mentions: ReadonlyArray<{ start: number; end: number }>): string | undefined {
  for (const m of mentions) {
    const role = roleBefore(text, m.start) ?? roleAfter(text, m.end);
    if (role) return role;
  }
  return undefined;
}
