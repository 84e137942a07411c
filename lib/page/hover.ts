/**
 * Pointer and dwell logic for hover cards: a card opens after the pointer rests on a name for `DWELL_MS`, stays
 * open while the pointer is on the name or inside the card, and closes `CLOSE_MS` after it leaves both.
 */
import type { Placed, RangeLookup } from '../highlighting/hit-test';

export const DWELL_MS = 150;
export const CLOSE_MS = 300;

export interface HoverTarget {
  entityId: string;
}

export interface HoverCallbacks<T extends HoverTarget> {
  open(target: Placed<T>): void;
  close(): void;
  isOpen(entityId: string): boolean;
  /** Whether an event's target is the card's own host (the pointer is inside the card). */
  isCard(target: EventTarget | null): boolean;
}

/** Tracks the pointer over the page; returns a function that stops tracking. */
export function trackHover<T extends HoverTarget>(
  lookup: RangeLookup<T>,
  callbacks: HoverCallbacks<T>,
  win: Window = window,
): { stop(): void; cancelClose(): void; closeSoon(): void } {
  let dwell: number | undefined;
  let closing: number | undefined;
  let pending: PointerEvent | null = null;
  let frame = 0;
  let current: Placed<T> | undefined;

  const cancelClose = () => {
    win.clearTimeout(closing);
    closing = undefined;
  };
  const closeSoon = () => {
    if (closing !== undefined) return;
    closing = win.setTimeout(() => {
      closing = undefined;
      current = undefined;
      callbacks.close();
    }, CLOSE_MS);
  };

  const check = () => {
    frame = 0;
    const event = pending;
    pending = null;
    if (!event) return;
    if (callbacks.isCard(event.target)) return cancelClose();
    const hit = lookup.at(event.clientX, event.clientY, win.document);
    if (hit && hit.value.entityId === current?.value.entityId && hit.range === current.range) return cancelClose();
    win.clearTimeout(dwell);
    dwell = undefined;
    if (!hit) {
      current = undefined;
      return closeSoon();
    }
    current = hit;
    if (callbacks.isOpen(hit.value.entityId)) return cancelClose();
    dwell = win.setTimeout(() => {
      cancelClose();
      callbacks.open(hit);
    }, DWELL_MS);
  };

  const onMove = (event: PointerEvent) => {
    pending = event;
    if (!frame) frame = win.requestAnimationFrame(check);
  };
  win.document.addEventListener('pointermove', onMove, { passive: true, capture: true });
  return {
    stop() {
      win.document.removeEventListener('pointermove', onMove, { capture: true });
      win.cancelAnimationFrame(frame);
      win.clearTimeout(dwell);
      win.clearTimeout(closing);
    },
    cancelClose,
    closeSoon,
  };
}
