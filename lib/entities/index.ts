/**
 * Text in, people and places out. `detect` is the one entry point the rest of Backstory calls; which recogniser
 * stands behind it is this module's business alone.
 */
import { link } from './link';
import { recogniseWithModel } from './model/recognise';
import type { Recogniser } from './recogniser';
import type { Mention } from './types';

const recognise: Recogniser = recogniseWithModel;

/** The mentions of people and places in `text`, sorted by start, short forms sharing their entity's id. */
export function detect(text: string): Mention[] {
  return link(text, recognise(text));
}

/**
 * Decodes the recogniser's weights and word lists now (tens of milliseconds) rather than on the first `detect`;
 * call it once at background start. Optional: `detect` loads on first use.
 */
export { loadRecogniser } from './model/recognise';
export { profile } from './profile';
export type { EntityProfile, EntityType, Mention, Span } from './types';
