import { describe, expect, it } from 'vitest';
import { findRole, roleAfter, roleBefore } from '../../lib/entities/roles';

const before = (text: string, name: string) => roleBefore(text, text.indexOf(name));

describe('roles', () => {
  it.each([
    ['Foreign minister Sergei Lavrov and others', 'Sergei Lavrov', 'Foreign minister'],
    ['Lavrov and secretary of state John Kerry announced', 'John Kerry', 'secretary of state'],
    ['talks with Russian President Vladimir Putin in the Kremlin', 'Vladimir Putin', 'Russian President'],
    ['the fate of Syrian President Bashar al-Assad.', 'Bashar al-Assad', 'Syrian President'],
    ['though Obama has made clear', 'Obama', undefined],
    ['Syria heads closer to an abyss," Kerry told', 'Kerry', undefined],
    ['Russia, Kerry said', 'Kerry', undefined],
  ])('%s → role of %s is %s', (text, name, role) => {
    expect(before(text, name)).toBe(role);
  });

  it('reads an apposition after the name', () => {
    const text = 'Kerry, the US secretary of state, said';
    expect(roleAfter(text, 5)).toBe('US secretary of state');
    expect(roleAfter('Kerry, who arrived late, said', 5)).toBeUndefined();
  });

  it('takes the first mention that gives a role', () => {
    const text = 'Kerry spoke. Later secretary of state Kerry left.';
    const second = text.lastIndexOf('Kerry');
    expect(findRole(text, [{ start: 0, end: 5 }, { start: second, end: second + 5 }])).toBe('secretary of state');
  });
});
