/** Where a card of `size` goes beside `anchor`, inside a viewport of `view`: below when it fits, else above. Pure. */
export function placeCard(
  anchor: { left: number; top: number; bottom: number },
  size: { width: number; height: number },
  view: { width: number; height: number },
  gap = 8,
): { left: number; top: number } {
  const margin = 8;
  const left = Math.max(margin, Math.min(anchor.left, view.width - size.width - margin));
  const below = anchor.bottom + gap;
  const above = anchor.top - gap - size.height;
  let top = below + size.height <= view.height - margin || above < margin ? below : above;
  top = Math.max(margin, Math.min(top, view.height - size.height - margin));
  return { left, top };
}
