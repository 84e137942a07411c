import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { CardSections, safeHttp } from '../../components/CardSections';
import type { CardSections as Sections } from '../../lib/knowledge/card-sources';

const article: Sections['article'] = { name: 'Jordan', type: 'LOC', mentionCount: 1, firstSentence: 's', quotes: [], alongside: [] };
const none: Sections['history'] = { enabled: true, items: [] };

function draw(state: Parameters<typeof CardSections>[0]['state']): HTMLElement {
  const root = document.createElement('div');
  render(<CardSections state={state} />, root);
  return root;
}

describe('CardSections', () => {
  it('renders markup in Wikipedia text as text, and only http(s) images and links', () => {
    const root = draw({
      article,
      history: none,
      wikipedia: {
        status: 'ok', title: 'Damascus', reason: '', description: 'City <img src=x onerror=alert(3)>',
        extract: 'Old.<script>alert(1)</script>', url: 'javascript:alert(2)',
        thumbnail: { source: 'javascript:alert(4)', width: 1, height: 1 },
      },
    });
    expect(root.querySelector('script, img')).toBeNull();
    expect(root.textContent).toContain('<script>alert(1)</script>');
    expect(root.textContent).not.toContain('Read more on Wikipedia');
    expect(root.textContent).toContain('CC BY-SA');
  });

  it("a city: the article's English name first, the local name on a line of its own only when it differs", () => {
    const map = { viewBox: '0 0 24 14', shapes: [], marker: { x: 1, y: 1 } };
    const city = { kind: 'city' as const, cc: 'CH', population: 183981, lat: 46.2, lon: 6.1, country: { name: 'Switzerland', flag: '🇨🇭', cca2: 'CH' }, map };
    const geneva = draw({ article: { ...article, name: 'Geneva' }, history: none, atlas: { ...city, name: 'Geneva', localName: 'Genève' } });
    expect(geneva.querySelector('.bs-facts dd')?.firstChild?.textContent).toBe('Geneva');
    expect(geneva.querySelector('.bs-local')?.textContent).toBe('Local name: Genève');
    const zurich = draw({ article: { ...article, name: 'Zürich' }, history: none, atlas: { ...city, name: 'Zürich' } });
    expect(zurich.querySelector('.bs-facts dd')?.textContent).toBe('Zürich');
    expect(zurich.querySelector('.bs-local')).toBeNull();
  });

  it('never shows a disambiguation page as the entity: offers candidates', () => {
    const root = draw({
      article,
      history: none,
      wikipedia: {
        status: 'disambiguation', title: 'Jordan (disambiguation)', reason: '', url: 'https://en.wikipedia.org/wiki/Jordan_(disambiguation)',
        candidates: [{ title: 'Jordan', url: 'https://en.wikipedia.org/wiki/Jordan', description: 'country' }, { title: 'Michael Jordan', url: 'https://en.wikipedia.org/wiki/Michael_Jordan' }],
      },
    });
    expect(root.textContent).toContain('This name could mean:');
    expect([...root.querySelectorAll('li a')].map((a) => a.textContent)).toEqual(['Jordan', 'Michael Jordan']);
  });

  it.each([
    [{ status: 'offline', title: 'x', reason: '' }, 'Wikipedia is off (offline mode)'],
    [{ status: 'error', title: 'x', reason: '', retryAt: 1 }, 'it asked us to wait'],
  ] as const)('a quiet line for %j', (wikipedia, text) => {
    expect(draw({ article, history: none, wikipedia }).textContent).toContain(text);
  });

  it('lists earlier articles, and says nothing of history when it is off', () => {
    const item = { url: 'https://old.example/a', title: 'Old piece', site: 'old.example', readAt: Date.UTC(2026, 0, 2), sentence: 'Jordan said.' };
    expect(draw({ article, history: { enabled: true, items: [item] } }).textContent).toContain('Old piece');
    expect(draw({ article, history: { enabled: false, items: [] } }).textContent).not.toContain('Earlier');
  });

  it.each([['https://a.example/x', 'https://a.example/x'], ['javascript:alert(1)', undefined], ['data:text/html,x', undefined], ['nope', undefined]])(
    'safeHttp(%j)', (url, out) => expect(safeHttp(url)).toBe(out));
});
