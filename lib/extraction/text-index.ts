/**
 * The article's live text as one string, with a map back to the live text nodes that hold it. Text nodes in
 * different block elements are joined with a blank line, so sentences and paragraphs never run together;
 * inline neighbours are joined as they are.
 */

const BLOCKS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'TR', 'TABLE',
  'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'DD', 'DT', 'DL', 'MAIN', 'NAV', 'BODY',
]);

export interface TextIndex {
  /** The joined text. */
  text: string;
  /** The live text nodes, in document order. */
  nodes: Text[];
  /** `starts[i]` is where `nodes[i]`'s data begins in `text`. */
  starts: number[];
  /** `lengths[i]` is how long `nodes[i]`'s data was when the index was built. */
  lengths: number[];
}

function blockOf(node: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) if (BLOCKS.has(el.tagName)) return el;
  return null;
}

/** Joins text nodes into a `TextIndex`, stopping before `maxChars` (a node that does not fit is left out). */
export function buildTextIndex(nodes: readonly Text[], maxChars = Infinity): TextIndex {
  const parts: string[] = [];
  const kept: Text[] = [];
  const starts: number[] = [];
  const lengths: number[] = [];
  let length = 0;
  let lastBlock: Element | null | undefined;
  for (const node of nodes) {
    const block = blockOf(node);
    const separator = lastBlock !== undefined && block !== lastBlock ? '\n\n' : '';
    if (length + separator.length + node.data.length > maxChars) break;
    parts.push(separator, node.data);
    length += separator.length;
    starts.push(length);
    lengths.push(node.data.length);
    kept.push(node);
    length += node.data.length;
    lastBlock = block;
  }
  return { text: parts.join(''), nodes: kept, starts, lengths };
}

/** The text node and offset in it where text offset `offset` lies (the last node starting at or before it). */
export function locate(index: TextIndex, offset: number): { node: Text; offset: number } | null {
  if (!index.nodes.length) return null;
  const i = nodeAt(index, offset);
  return { node: index.nodes[i]!, offset: offset - index.starts[i]! };
}

function nodeAt(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A live `Range` for the text span `[start, end)`, or null when the span does not lie in the indexed nodes (it
 * falls in a separator, or a node has since changed). The range may cross inline elements ("<a>John</a> Kerry").
 */
export function rangeFor(index: TextIndex, start: number, end: number, doc: Document = document): Range | null {
  if (!index.nodes.length || end <= start) return null;
  const a = nodeAt(index, start);
  const b = nodeAt(index, end - 1);
  const startNode = index.nodes[a]!;
  const endNode = index.nodes[b]!;
  const startOffset = start - index.starts[a]!;
  const endOffset = end - index.starts[b]!;
  if (startOffset < 0 || startOffset >= startNode.data.length || endOffset > endNode.data.length) return null;
  if (!startNode.isConnected || !endNode.isConnected) return null;
  const range = doc.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}
