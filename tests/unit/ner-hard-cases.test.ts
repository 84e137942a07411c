import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/entities';

/** What `detect` highlights in a text, as "TYPE:surface". */
const found = (text: string) => detect(text).map((m) => `${m.type}:${text.slice(m.start, m.end)}`);

describe('detect on hard cases (hand-made sentences)', () => {
  it.each([
    ["possessives", "Secretary of State John Kerry's visit to Moscow was short. Kerry's aides said little.",
      ['PER:John Kerry', 'LOC:Moscow', 'PER:Kerry']],
    ['hyphenated particles', 'Syrian President Bashar al-Assad met envoys in Damascus. Assad said nothing.',
      ['PER:Bashar al-Assad', 'LOC:Damascus', 'PER:Assad']],
    ['particles', 'General Charles de Gaulle returned to Paris in 1944.', ['PER:Charles de Gaulle', 'LOC:Paris']],
    ['bin', 'Saudi Crown Prince Mohammed bin Salman visited Washington on Tuesday.',
      ['PER:Mohammed bin Salman', 'LOC:Washington']],
    ['apostrophes in names', 'Actress Lupita Nyong’o was born in Mexico City.',
      ['PER:Lupita Nyong’o', 'LOC:Mexico City']],
    ['apostrophes in names, straight', "Kenyan actress Lupita Nyong'o said on Monday she would return to Nairobi.",
      ["PER:Lupita Nyong'o", 'LOC:Nairobi']],
    ['all-caps headlines', 'KERRY MEETS LAVROV IN MOSCOW\n\nJohn Kerry met Sergei Lavrov in Moscow on Tuesday.',
      ['PER:KERRY', 'PER:LAVROV', 'LOC:MOSCOW', 'PER:John Kerry', 'PER:Sergei Lavrov', 'LOC:Moscow']],
    ['diacritics', 'Turkish President Tayyip Erdoğan spoke in Ankara on Monday.', ['PER:Tayyip Erdoğan', 'LOC:Ankara']],
    ['dotted abbreviations', 'The U.S. and Russia agreed. Officials in St. Louis disagreed.',
      ['LOC:U.S.', 'LOC:Russia', 'LOC:St. Louis']],
    ['all-caps datelines', "BRATISLAVA 1996-08-22\n\nSlovakia's prime minister Vladimir Meciar said on Thursday that talks would go on.",
      ['LOC:BRATISLAVA', 'LOC:Slovakia', 'PER:Vladimir Meciar']],
    ['a sentence ending in an abbreviation', 'He winds up the wars fought by the U.S. The president said nothing.',
      ['LOC:U.S.']],
    ['sentence-initial common words', 'However, the talks failed. Yesterday the minister resigned. Still, Britain said it would wait.',
      ['LOC:Britain']],
    ['titles kept out of names, surname-only mentions', 'Secretary Ian Lang said Yeltsin would visit Britain.',
      ['PER:Ian Lang', 'PER:Yeltsin', 'LOC:Britain']],
    ['a person named like a country', 'Michael Jordan scored 30 points in Chicago. Jordan later said he was tired.',
      ['PER:Michael Jordan', 'LOC:Chicago', 'PER:Jordan']],
    ['a country named like a person', 'Jordan and Lebanon have taken in refugees.', ['LOC:Jordan', 'LOC:Lebanon']],
    ['Washington the person', 'George Washington crossed the Delaware. Washington later became president.',
      ['PER:George Washington', 'LOC:Delaware', 'PER:Washington']],
    ['Washington the place', 'Officials in Washington said the talks would resume in Geneva.', ['LOC:Washington', 'LOC:Geneva']],
    ['a football club is not a place', 'Leeds beat Chelsea 2-1 at Elland Road on Saturday.', ['LOC:Elland Road']],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('joins a headline\'s capitals to the body\'s names', () => {
    const text = 'KERRY MEETS LAVROV IN MOSCOW\n\nJohn Kerry met Sergei Lavrov in Moscow on Tuesday.';
    const ids = detect(text).map((m) => m.entityId);
    expect(ids.filter((id) => id === 'per:john-kerry')).toHaveLength(2);
    expect(ids.filter((id) => id === 'per:sergei-lavrov')).toHaveLength(2);
  });

  it('returns nothing for text without names', () => {
    expect(found('')).toEqual([]);
    expect(found('the rain fell all day and nobody came.')).toEqual([]);
  });
});
