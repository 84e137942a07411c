/** The entity types Backstory highlights. ORG and MISC are known to the recogniser but never highlighted. */
export type EntityType = 'PER' | 'LOC';

/** Every type the recogniser can tell apart. */
export type SpanType = EntityType | 'ORG' | 'MISC';

/** A typed span in a text, as a recogniser finds it. `end` is exclusive; offsets are UTF-16 units. */
export interface Span {
  start: number;
  end: number;
  type: SpanType;
}

/** One mention of a highlighted entity. All mentions of one person or place share an `entityId`. */
export interface Mention {
  start: number;
  end: number;
  type: EntityType;
  entityId: string;
}

/** What the article itself says about one entity: the content of its card's first section. */
export interface EntityProfile {
  id: string;
  type: EntityType;
  /** The fullest form the article uses ("John Kerry", "United States"). */
  name: string;
  /** Every distinct surface form, fullest first ("John Kerry", "Kerry"). */
  aliases: string[];
  mentionCount: number;
  /** Offset of the first mention in the article text. */
  firstStart: number;
  /** Role or title the text gives it, as written ("secretary of state"), if any. */
  role?: string;
  /** The sentence of its first mention. */
  firstSentence: string;
  /** What it said, for people: quotes attributed to it, as written. */
  quotes?: string[];
  /** Other entities named in the same sentences, by id, most frequent first. */
  alongside?: string[];
}
