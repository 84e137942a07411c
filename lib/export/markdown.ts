/**
 * Obsidian-friendly Markdown: one note per article, with YAML front matter (title, url, site, author,
 * saved, tags), then each highlight as a `> quote` block, its note, and its `#tags`. Pure.
 */
import { groupByArticle } from '../storage/articles';
import type { ArticleGroup, SavedHighlight } from '../storage/types';

/** One article's note. */
export interface MarkdownNote {
  /** A safe file name from the title, ending in .md. */
  fileName: string;
  text: string;
}

/** YAML double-quoted scalar. JSON string syntax is valid YAML 1.2 for it. */
const yaml = (s: string) => JSON.stringify(s);

/** One note per article, articles newest first, highlights in page order. */
export function toMarkdownNotes(highlights: readonly SavedHighlight[]): MarkdownNote[] {
  return groupByArticle(highlights).map((group) => ({ fileName: fileNameFor(group), text: articleNote(group) }));
}

/**
 * All articles in one file, each starting with its own front matter block. Obsidian reads only the first
 * block as properties; export one article (or use toMarkdownNotes) for a vault note per article.
 */
export function toMarkdown(highlights: readonly SavedHighlight[]): string {
  return toMarkdownNotes(highlights)
    .map((n) => n.text)
    .join('\n');
}

function articleNote(group: ArticleGroup): string {
  const inPageOrder = [...group.highlights].sort((a, b) => a.selectors[1].start - b.selectors[1].start);
  const saved = group.highlights.reduce((min, h) => (h.createdAt < min ? h.createdAt : min), group.latest);
  const tags = [...new Set(group.highlights.flatMap((h) => h.tags))];
  const front = [
    '---',
    `title: ${yaml(group.title)}`,
    `url: ${yaml(group.url)}`,
    `site: ${yaml(group.site)}`,
    ...(group.author ? [`author: ${yaml(group.author)}`] : []),
    `saved: ${saved.slice(0, 10)}`,
    `tags: [${tags.map(yaml).join(', ')}]`,
    '---',
    '',
    `# ${group.title.replace(/\s+/g, ' ') || group.url}`,
    '',
  ];
  const body = inPageOrder.map((h) => {
    const quote = h.selectors[0].exact
      .split(/\r\n|\r|\n/)
      .map((line) => `> ${line}`)
      .join('\n');
    const parts = [quote];
    if (h.note.trim()) parts.push(h.note.trim());
    if (h.tags.length) parts.push(h.tags.map((t) => `#${t}`).join(' '));
    return `${parts.join('\n\n')}\n`;
  });
  return `${front.join('\n')}\n${body.join('\n')}`;
}

function fileNameFor(group: ArticleGroup): string {
  const base = (group.title || group.site || 'highlights')
    .replace(/[\\/:*?"<>|#^[\]\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  return `${base || 'highlights'}.md`;
}
