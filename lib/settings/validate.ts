/** Pure checks of the settings a reader types in (the options page). No storage, no browser APIs. */

/** A language code Wikipedia could have: 2–12 lower-case letters or hyphens ("en", "zh-yue", "simple"). */
export function isWikipediaLanguage(code: string): boolean {
  return /^[a-z][a-z-]{1,11}$/.test(code);
}

/** An http(s) base URL with no path, query or credentials, `{lang}` allowed in the host. */
export function isWikipediaBaseUrl(url: string): boolean {
  try {
    const u = new URL(url.replace('{lang}', 'en'));
    return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password && u.pathname === '/' && !u.search && !u.hash && !url.endsWith('/');
  } catch {
    return false;
  }
}
