/**
 * What an import may hold. Generous for real collections, small enough that a hostile file cannot
 * exhaust memory or freeze the page.
 */
export const IMPORT_LIMITS = {
  /** The largest file, in bytes. Check File.size before reading, and the text length after. */
  maxBytes: 20 * 1024 * 1024,
  maxHighlights: 100_000,
  maxQuoteChars: 20_000,
  maxContextChars: 256,
  maxNoteChars: 50_000,
  maxTags: 50,
  maxTagChars: 100,
  maxTitleChars: 2_000,
  maxIdChars: 500,
  maxPosition: 100_000_000,
} as const;

/** A clear message if a file of `bytes` is too big to import, else null. */
export function checkImportSize(bytes: number): string | null {
  if (bytes <= IMPORT_LIMITS.maxBytes) return null;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `The file is ${mb(bytes)} MB; Backstory imports files of up to ${mb(IMPORT_LIMITS.maxBytes)} MB. Split it, or export fewer highlights.`;
}
