/**
 * Which painted mention lies under a point. A highlight has no element, so the point is turned into a caret
 * position (`caretPositionFromPoint`, or WebKit's `caretRangeFromPoint`), looked up among the ranges that touch
 * that text node, and confirmed against the range's own boxes: a caret is found even beside the text.
 */

export interface Placed<T> {
  range: Range;
  value: T;
}

/** Mentions grouped by the text nodes their ranges start and end in. */
export class RangeLookup<T> {
  private readonly byNode = new Map<Node, Array<Placed<T>>>();

  add(placed: Placed<T>): void {
    for (const node of new Set([placed.range.startContainer, placed.range.endContainer])) {
      const list = this.byNode.get(node);
      if (list) list.push(placed);
      else this.byNode.set(node, [placed]);
    }
  }

  /** The mention whose range holds the point (x, y) in viewport coordinates, if any. */
  at(x: number, y: number, doc: Document = document): Placed<T> | undefined {
    const caret = caretAt(doc, x, y);
    if (!caret) return undefined;
    for (const placed of this.byNode.get(caret.node) ?? []) {
      if (!containsCaret(placed.range, caret.node, caret.offset)) continue;
      for (const rect of placed.range.getClientRects()) {
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return placed;
      }
    }
    return undefined;
  }

  clear(): void {
    this.byNode.clear();
  }
}

function containsCaret(range: Range, node: Node, offset: number): boolean {
  try {
    return range.comparePoint(node, offset) === 0;
  } catch {
    return false;
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
