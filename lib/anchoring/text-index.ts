/**
 * The text of a DOM subtree as one string, with a map back to its text nodes. Deterministic and layout-free
 * (so the same in a fake DOM as in a browser): the text of every Text node in document order, except inside
 * SKIPPED elements; runs of whitespace collapse to one space, a block boundary counts as a space, and
 * leading whitespace is dropped. Whitespace and markup edits therefore barely change the text.
 */

/** Elements whose text a reader never sees as article text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'HEAD']);

/** Elements whose edges separate words even when the markup has no whitespace between them. */
const BLOCKS = new Set(
  ('ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 ' +
    'HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL').split(' '),
);

/** The indexed text of a root. Offsets are UTF-16 units of `text`. */
export interface TextIndex {
  readonly text: string;
  /** The indexed Text nodes, in document order. */
  readonly nodes: readonly Text[];
  /** For each character of `text`: the index in `nodes` of the node it came from. */
  readonly nodeOf: Uint32Array;
  /** For each character of `text`: its offset in that node (a block-boundary space sits at the node's end). */
  readonly offsetOf: Uint32Array;
  /** For each node: the index in `text` of its first character; one extra entry equal to text.length. */
  readonly nodeStart: Uint32Array;
}

/** Indexes the text under `root`. O(size of the subtree). */
export function indexText(root: Node): TextIndex {
  const nodes: Text[] = [];
  const parts: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastWasSpace = true; // Drops leading whitespace.
  let pendingBreak = false;

  const emit = (ch: string, node: number, offset: number) => {
    parts.push(ch);
    nodeOf.push(node);
    offsetOf.push(offset);
    length++;
  };

  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      const n = nodes.length;
      if (pendingBreak && !lastWasSpace && n > 0 && /\S/.test(data)) {
        const prev = nodes[n - 1];
        emit(' ', n - 1, prev ? prev.data.length : 0);
        lastWasSpace = true;
      }
      if (/\S/.test(data)) pendingBreak = false;
      nodes.push(node as Text);
      starts.push(length);
      for (let i = 0; i < data.length; i++) {
        const ch = data[i] ?? '';
        const space = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\u00a0';
        if (space) {
          if (!lastWasSpace) emit(' ', n, i);
          lastWasSpace = true;
        } else {
          emit(ch, n, i);
          lastWasSpace = false;
        }
      }
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIPPED.has(name)) return;
    const block = BLOCKS.has(name);
    if (block) pendingBreak = true;
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) pendingBreak = true;
  };

  visit(root);
  starts.push(length);
  return {
    text: parts.join(''),
    nodes,
    nodeOf: Uint32Array.from(nodeOf),
    offsetOf: Uint32Array.from(offsetOf),
    nodeStart: Uint32Array.from(starts),
  };
}
