/**
 * Keeping the data: ask the browser not to evict it, and explain storage failures to the reader.
 */

export type PersistenceState = 'granted' | 'denied' | 'unsupported';

/**
 * Asks for persistent storage (navigator.storage.persist()), so the browser does not evict highlights
 * under disk pressure. Call once from the background at install/startup; safe to call again.
 */
export async function requestPersistence(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<PersistenceState> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

/** True for a quota failure, however the browser names it. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** A message a reader can act on, for an error from a storage operation. `action` is e.g. "save the highlight". */
export function describeStorageError(error: unknown, action: string): string {
  if (isQuotaError(error)) {
    return `Could not ${action}: the browser's storage for Backstory is full. Nothing was changed. Export your highlights, then delete old ones or free some disk space.`;
  }
  const name = (error as { name?: unknown } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  return `Could not ${action}: ${typeof name === 'string' ? `${name}: ` : ''}${message}. Nothing was changed.`;
}
