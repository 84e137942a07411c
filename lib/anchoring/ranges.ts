/**
 * Range <-> span conversion over a TextIndex. DOM only; no browser.* APIs.
 */
import type { TextIndex } from './text-index';
import type { TextSpan } from './types';

/** A live Range covering `span` of `index.text`, or null if the span is empty or out of bounds. */
export function spanToRange(index: TextIndex, span: TextSpan): Range | null {
  const { start, end } = span;
  if (start < 0 || end > index.text.length || start >= end) return null;
  const startNode = index.nodes[index.nodeOf[start] ?? -1];
  const endNode = index.nodes[index.nodeOf[end - 1] ?? -1];
  if (!startNode || !endNode) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, Math.min(index.offsetOf[start] ?? 0, startNode.data.length));
  range.setEnd(endNode, Math.min((index.offsetOf[end - 1] ?? 0) + 1, endNode.data.length));
  return range;
}

/** The span of `index.text` a Range covers, trimmed of surrounding spaces; null if it covers no text. */
export function rangeToSpan(index: TextIndex, range: Range): TextSpan | null {
  let start = boundaryToOffset(index, range.startContainer, range.startOffset);
  let end = boundaryToOffset(index, range.endContainer, range.endOffset);
  while (start < end && index.text[start] === ' ') start++;
  while (end > start && index.text[end - 1] === ' ') end--;
  return start < end ? { start, end } : null;
}

/** The offset in the text of the first indexed character at or after a DOM boundary point. */
function boundaryToOffset(index: TextIndex, container: Node, offset: number): number {
  const i = index.nodes.indexOf(container as Text);
  if (i !== -1) return lowerBound(index, i, offset);
  // An element boundary (or an unindexed text node): the first indexed node at or after the point.
  const child = container.nodeType === 3 ? null : (container.childNodes[offset] ?? null);
  const after = (n: Node): boolean => {
    if (child) return n === child || !!(child.compareDocumentPosition(n) & (4 | 16)); // FOLLOWING | CONTAINED_BY
    const pos = container.compareDocumentPosition(n);
    return !!(pos & 4) && !(pos & 16);
  };
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const node = index.nodes[mid];
    if (node && after(node)) hi = mid;
    else lo = mid + 1;
  }
  return index.nodeStart[lo] ?? index.text.length;
}

/** First character of node `i` whose offset in the node is >= `offset`. */
function lowerBound(index: TextIndex, i: number, offset: number): number {
  let lo = index.nodeStart[i] ?? 0;
  let hi = index.nodeStart[i + 1] ?? index.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.offsetOf[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
