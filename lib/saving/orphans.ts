/**
 * The ids of highlights last found orphaned on their page, so that "All highlights" and the full-page view can
 * mark them without the page open. Kept in the extension's storage.local; background only writes it.
 */
import { storage } from '#imports';

export const orphansItem = storage.defineItem<string[]>('local:highlightOrphans', { fallback: [] });

/**
 * Records one page's anchoring: `orphans` join the list, `placed` leave it. Only ids of that page's own
 * highlights (`pageIds`) are taken, so a page cannot mark another page's highlights.
 */
export async function recordAnchoring(pageIds: ReadonlySet<string>, placed: readonly string[], orphans: readonly string[]): Promise<void> {
  const current = new Set(await orphansItem.getValue());
  for (const id of placed) if (pageIds.has(id)) current.delete(id);
  for (const id of orphans) if (pageIds.has(id)) current.add(id);
  await orphansItem.setValue([...current]);
}

export async function forgetOrphan(id: string): Promise<void> {
  const current = await orphansItem.getValue();
  if (current.includes(id)) await orphansItem.setValue(current.filter((x) => x !== id));
}
