import type { Span } from './types';

/**
 * The one interface every recogniser implements: plain text in, typed spans out (PER, LOC, ORG, MISC), sorted by
 * start, not overlapping, offsets in UTF-16 units with `end` exclusive. Pure: no DOM, no browser APIs, no I/O.
 */
export type Recogniser = (text: string) => Span[];
