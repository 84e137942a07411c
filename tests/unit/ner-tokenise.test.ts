import { describe, expect, it } from 'vitest';
import { tokenise } from '../../lib/entities/model/tokenise';

const texts = (s: string) => tokenise(s).map((t) => t.text);

describe('tokenise', () => {
  it.each([
    ["Kerry's visit", ['Kerry', "'s", 'visit']],
    ['Kerry’s visit', ['Kerry', "'s", 'visit']],
    ["They don't know.", ['They', 'do', "n't", 'know', '.']],
    ['The U.S. and the U.K.', ['The', 'U.S.', 'and', 'the', 'U.K.']],
    ['in St. Louis.', ['in', 'St.', 'Louis', '.']],
    ['Bashar al-Assad', ['Bashar', 'al-Assad']],
    ["Lupita Nyong'o", ['Lupita', "Nyong'o"]],
    ['Recep Tayyip Erdoğan', ['Recep', 'Tayyip', 'Erdoğan']],
    ['John F. Kennedy', ['John', 'F.', 'Kennedy']],
    ['BRATISLAVA 1996-08-22', ['BRATISLAVA', '1996-08-22']],
    ['rose 3.5 percent', ['rose', '3.5', 'percent']],
    ['“So much,” he said', ['"', 'So', 'much', ',', '"', 'he', 'said']],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('keeps raw offsets, end exclusive, and marks line starts', () => {
    const text = "Kerry’s aide\n\nU.S. talks";
    const tokens = tokenise(text);
    for (const t of tokens) expect(text.slice(t.start, t.end).replace('’', "'")).toBe(t.text);
    expect(tokens.map((t) => t.lineStart)).toEqual([true, false, false, true, false]);
  });
});
