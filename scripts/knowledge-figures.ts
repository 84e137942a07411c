/**
 * Figures for the knowledge sources: for each seed entity, the Wikipedia title the disambiguation requests and why
 * (against the local fixture server), and the time from "card wanted" to sections, cold and warm.
 * Run: npm run figures:knowledge. Prints Markdown.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { loadAtlas } from '../lib/knowledge/atlas';
import { disambiguationInput, gatherBackground } from '../lib/knowledge/card-sources';
import { openKnowledgeDb } from '../lib/knowledge/db';
import { planTitle } from '../lib/knowledge/disambiguate';
import { seedProfiles } from '../tests/helpers/seed-profiles';
import { startWikipediaFixture } from '../tests/servers/wikipedia-fixture';

async function main(): Promise<void> {
const fixture = await startWikipediaFixture();
try {
  const atlas = await loadAtlas();
  const db = await openKnowledgeDb(new IDBFactory());
  const { profiles } = seedProfiles();
  const settings = { offline: false, wikipediaLanguage: 'en', wikipediaBaseUrl: fixture.baseUrl, historyEnabled: true };
  const rows: string[] = ['| entity | type | first title asked | search query | shown | status | why |', '|---|---|---|---|---|---|---|'];
  const cold: number[] = [];
  const warm: number[] = [];
  for (const entity of profiles) {
    const context = { url: 'https://seed.example/', otherEntities: profiles, settings };
    const plan = planTitle(disambiguationInput(entity, profiles, atlas));
    let t = performance.now();
    const card = await gatherBackground(entity, context, { db, fetch, now: Date.now, atlas });
    cold.push(performance.now() - t);
    t = performance.now();
    await gatherBackground(entity, context, { db, fetch, now: Date.now, atlas });
    warm.push(performance.now() - t);
    const w = card.wikipedia;
    rows.push(`| ${entity.aliases.join(' / ')} | ${entity.type} | ${plan.title} | ${plan.searchQuery} | ${w?.title ?? ''} | ${w?.status ?? ''} | ${w?.reason ?? ''} |`);
  }
  const stat = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `median ${(s[Math.floor(s.length / 2)] ?? 0).toFixed(1)} ms, max ${(s.at(-1) ?? 0).toFixed(1)} ms`;
  };
  console.log(rows.join('\n'));
  console.log(`\nCard sections, cold (local fixture server): ${stat(cold)}; warm cache: ${stat(warm)} (n=${profiles.length}).`);
  console.log(`Requests to the fixture: ${fixture.requests.length}.`);
} finally {
  await fixture.close();
}
}

void main();
