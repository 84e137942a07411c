/**
 * One run of Backstory on one page: extract the article, have the background recognise its names, paint them,
 * and answer hovers, the keyboard and the popup. `start()` may be called again (SPA navigation, a rewritten
 * page); each run is torn down completely before the next, so no stale highlight survives.
 */
import type { EntityProfile, EntityType, Mention } from '../entities/types';
import type { CardSections } from '../knowledge/card-sources';
import { indexArticle } from '../extraction/extract';
import type { ParsedArticle } from '../extraction/parse-article';
import { snapshotPage } from '../extraction/snapshot';
import { rangeFor, type TextIndex } from '../extraction/text-index';
import { RangeLookup, type Placed } from '../highlighting/hit-test';
import { clearPaint, paint, paintFocus } from '../highlighting/painter';
import { createHoverCard, UI_SELECTOR, type HoverCard } from '../hovercard/hover-card';
import { MAX_ARTICLE_CHARS, type PageState, type PageStatus, type PageTimings } from '../messaging/protocol';
import type { Result } from '../messaging/result';
import { trackHover } from './hover';
import { watchArticle } from './watch';

/** Ranges built and painted per task; small enough that no chunk nears 50 ms. */
const CHUNK = 400;
const FLASH_MS = 1600;
/** The User Timing measure of a card's dwell→sections time. */
export const CARD_MEASURE = 'backstory-card-sections';

/** Asks the background to run Readability on a snapshot's HTML. */
export type ParseArticle = (html: string) => Promise<Result<ParsedArticle>>;

export type Analyse = (text: string, url: string, title: string) => Promise<Result<{ mentions: Mention[]; entities: EntityProfile[] }>>;

/** Asks the background for a card's further sections (history, atlas, Wikipedia). */
export type LoadSections = (entityId: string, url: string, entities: EntityProfile[]) => Promise<Result<CardSections>>;

export interface SessionOptions {
  /** Runs Readability away from the page (required for articles to be read). */
  parse: ParseArticle;
  /** The types to paint, read at each run's start. Default: both. */
  types?: () => readonly EntityType[];
  /** Fetches the card's sections when a card opens; without it the card shows the article section only. */
  loadSections?: LoadSections;
}

interface MentionRef {
  entityId: string;
}

export interface PageSession {
  start(): Promise<void>;
  stop(status?: PageStatus): void;
  state(): PageState;
  reveal(entityId: string): boolean;
  step(direction: 1 | -1): boolean;
}

export function createPageSession(analyse: Analyse, options: SessionOptions, doc: Document = document): PageSession {
  const win = doc.defaultView ?? window;
  let state: PageState = { status: 'reading', url: doc.URL, title: doc.title, entities: [], unplaced: 0 };
  let generation = 0;
  let placed: Array<Placed<MentionRef>> = [];
  const lookup = new RangeLookup<MentionRef>();
  let card: HoverCard | null = null;
  let focusIndex = -1;
  let cleanups: Array<() => void> = [];
  let flashTimer: number | undefined;
  let types: ReadonlySet<EntityType> = new Set(['PER', 'LOC']);
  /** Counts card openings, so a late answer for an earlier opening is dropped. */
  let opening = 0;

  const profiles = () => new Map(state.entities.map((e) => [e.id, e]));
  const nameOf = (id: string) => profiles().get(id)?.name;
  const ensureCard = () => (card ??= createHoverCard(doc));

  function openCard(target: Placed<MentionRef>, announce: boolean) {
    const profile = profiles().get(target.value.entityId);
    if (!profile) return;
    const rect = target.range.getClientRects()[0] ?? target.range.getBoundingClientRect();
    ensureCard().show(profile, rect, nameOf, announce);
    const load = options.loadSections;
    if (!load) return;
    const ticket = ++opening;
    const opened = win.performance.now();
    const run = generation;
    void load(profile.id, state.url, state.entities).then((reply) => {
      // The card may have closed, moved to another name, or the page been re-read since.
      if (ticket !== opening || run !== generation || card?.openId !== profile.id) return;
      card.showSections(reply.ok ? reply.value : { error: reply.error });
      // User Timing, visible in DevTools' performance panel: from the card opening (dwell done) to its sections drawn.
      win.performance.measure(CARD_MEASURE, { start: opened, detail: { entityId: profile.id } });
    });
  }

  function closeCard() {
    opening++;
    card?.hide();
  }

  async function start(): Promise<void> {
    stop('reading');
    const run = ++generation;
    const began = performance.now();
    let longest = 0;
    const timed = <T>(fn: () => T): [T, number] => {
      const t0 = performance.now();
      const value = fn();
      const ms = performance.now() - t0;
      longest = Math.max(longest, ms);
      return [value, ms];
    };
    state = { status: 'reading', url: doc.URL, title: doc.title, entities: [], unplaced: 0 };
    types = new Set(options.types?.() ?? ['PER', 'LOC']);
    try {
      const [snapshot, snapshotMs] = timed(() => snapshotPage(doc));
      if (snapshot.status !== 'ok') {
        state = { ...state, status: snapshot.status, timings: { extractMs: snapshotMs, paintMs: 0, longestTaskMs: longest, totalMs: snapshotMs } };
        return;
      }
      const parsed = await options.parse(snapshot.html);
      if (run !== generation) return;
      if (!parsed.ok) return void (state = { ...state, status: 'error', error: parsed.error });
      const [extraction, traceMs] = timed(() =>
        indexArticle(parsed.value, snapshot.elements, { maxChars: MAX_ARTICLE_CHARS, excludeSelector: UI_SELECTOR }),
      );
      const extractMs = snapshotMs + traceMs;
      if (extraction.status !== 'article') {
        state = { ...state, status: extraction.status, timings: { extractMs, paintMs: 0, longestTaskMs: longest, totalMs: performance.now() - began } };
        return;
      }
      state = { ...state, title: extraction.title || doc.title };
      const reply = await analyse(extraction.index.text, doc.URL, extraction.title || doc.title);
      if (run !== generation) return;
      if (!reply.ok) return void (state = { ...state, status: 'error', error: reply.error });
      let paintMs = 0;
      const { mentions, entities } = reply.value;
      for (let i = 0; i < mentions.length; i += CHUNK) {
        const [, ms] = timed(() => paintChunk(extraction.index, mentions.slice(i, i + CHUNK)));
        paintMs += ms;
        if (i + CHUNK < mentions.length) await nextTask(win);
        if (run !== generation) return;
      }
      const placedIds = new Set(placed.map((p) => p.value.entityId));
      const timings: PageTimings = { extractMs, paintMs, longestTaskMs: longest, totalMs: performance.now() - began };
      state = {
        ...state,
        status: 'ready',
        entities: entities.filter((e) => placedIds.has(e.id)),
        unplaced: mentions.filter((m) => types.has(m.type)).length - placed.length,
        timings,
      };
      listen(extraction.index);
    } catch (error) {
      if (run !== generation) return;
      clearPaint();
      state = { ...state, status: 'error', error: error instanceof Error ? error.message : String(error) };
    }
  }

  function paintChunk(index: TextIndex, mentions: Mention[]) {
    const byType = { PER: [] as Range[], LOC: [] as Range[] };
    for (const m of mentions) {
      if (!types.has(m.type)) continue;
      const range = rangeFor(index, m.start, m.end, doc);
      if (!range) continue;
      const p = { range, value: { entityId: m.entityId } };
      placed.push(p);
      lookup.add(p);
      byType[m.type].push(range);
    }
    paint('PER', byType.PER);
    paint('LOC', byType.LOC);
  }

  function listen(index: TextIndex) {
    const hover = trackHover(lookup, {
      open: (target) => openCard(target, false),
      close: closeCard,
      isOpen: (id) => card?.openId === id,
      isCard: (target) => target instanceof Element && target.tagName.toLowerCase() === UI_SELECTOR,
    }, win);
    const frame = ensureCard().frame;
    const onEnter = () => hover.cancelClose();
    const onLeave = () => hover.closeSoon();
    frame.addEventListener('pointerenter', onEnter);
    frame.addEventListener('pointerleave', onLeave);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && card?.openId) {
        closeCard();
        paintFocus(null);
      } else if (event.altKey && event.shiftKey && (event.code === 'KeyN' || event.code === 'KeyP')) {
        event.preventDefault();
        step(event.code === 'KeyN' ? 1 : -1);
      }
    };
    win.addEventListener('keydown', onKey, true);
    const unwatch = watchArticle(index, () => void start(), doc);
    cleanups.push(hover.stop, unwatch, () => {
      frame.removeEventListener('pointerenter', onEnter);
      frame.removeEventListener('pointerleave', onLeave);
      win.removeEventListener('keydown', onKey, true);
    });
  }

  function stop(status: PageStatus = 'reading') {
    generation++;
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
    clearPaint();
    lookup.clear();
    placed = [];
    focusIndex = -1;
    card?.destroy();
    card = null;
    state = { ...state, status, entities: [], unplaced: 0 };
  }

  function focusOn(index: number, announce: boolean) {
    const target = placed[index];
    if (!target) return false;
    focusIndex = index;
    const element = target.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    paintFocus(target.range);
    openCard(target, announce);
    return true;
  }

  function reveal(entityId: string): boolean {
    const index = placed.findIndex((p) => p.value.entityId === entityId);
    if (!focusOn(index, false)) return false;
    win.clearTimeout(flashTimer);
    flashTimer = win.setTimeout(() => paintFocus(null), FLASH_MS);
    return true;
  }

  function step(direction: 1 | -1): boolean {
    if (!placed.length) return false;
    const next =
      focusIndex < 0 ? (direction === 1 ? 0 : placed.length - 1) : (focusIndex + direction + placed.length) % placed.length;
    return focusOn(next, true);
  }

  return { start, stop, state: () => state, reveal, step };
}

/** Yields to the event loop so the page can handle input between chunks. */
function nextTask(win: Window): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}
