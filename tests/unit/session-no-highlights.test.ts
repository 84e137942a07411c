import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect, profile } from '../../lib/entities';
import { parseArticle } from '../../lib/extraction/parse-article';
import { ok } from '../../lib/messaging/result';
import { createPageSession } from '../../lib/page/session';

// happy-dom has no CSS Custom Highlight API, like an older browser: the session must still read the article and
// list its people and places for the popup, without throwing.
describe('a browser without CSS.highlights', () => {
  it('still reads the article and lists its names', async () => {
    expect((globalThis.CSS as { highlights?: unknown } | undefined)?.highlights).toBeUndefined();
    document.documentElement.innerHTML = readFileSync('tests/fixtures/site/seed/index.html', 'utf8')
      .replace(/^[\s\S]*?<html[^>]*>/, '')
      .replace(/<\/html>\s*$/, '');
    const session = createPageSession(
      async (text) => {
        const mentions = detect(text);
        return ok({ mentions, entities: profile(text, mentions) });
      },
      { parse: async (html) => ok(parseArticle(html)) },
    );
    await session.start();
    const state = session.state();
    expect(state.status).toBe('ready');
    expect(state.entities.filter((e) => e.type === 'PER').map((e) => e.name)).toContain('John Kerry');
    expect(state.entities.filter((e) => e.type === 'LOC').map((e) => e.name)).toContain('Syria');
    session.stop();
  });
});
