import { describe, expect, it } from 'vitest';
import { backgroundChecks } from '../../lib/messaging/validate';
import { seedProfiles } from '../helpers/seed-profiles';

const { profiles } = seedProfiles();
const good = { entityId: 'kerry', url: 'https://a.example/', entities: profiles, wikipedia: true };

describe('getCard shape check', () => {
  it('accepts a well-formed request', () => expect(backgroundChecks.getCard(good)).toBeNull());

  it.each([
    ['an unknown field', { ...good, extra: 1 }],
    ['an entity id not among the entities', { ...good, entityId: 'nobody' }],
    ['wikipedia not a boolean', { ...good, wikipedia: 'yes' }],
    ['too many entities', { ...good, entities: Array.from({ length: 401 }, () => profiles[0]) }],
    ['an unknown field in a profile', { ...good, entities: [{ ...profiles[0], html: '<b>' }] }],
    ['a bad type', { ...good, entities: [{ ...profiles[0], type: 'ORG' }] }],
    ['an over-long sentence', { ...good, entities: [{ ...profiles[0], firstSentence: 'x'.repeat(10_000) }] }],
    ['too many quotes', { ...good, entities: [{ ...profiles[0], quotes: Array.from({ length: 65 }, () => 'q') }] }],
    ['not an object', 'getCard'],
  ])('refuses %s', (_why, data) => expect(backgroundChecks.getCard(data)).not.toBeNull());

  it('analyseArticle needs the title now', () => {
    expect(backgroundChecks.analyseArticle({ text: 't', url: 'u' })).not.toBeNull();
    expect(backgroundChecks.analyseArticle({ text: 't', url: 'u', title: 'T' })).toBeNull();
  });
});
