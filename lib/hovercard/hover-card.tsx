/**
 * The in-page card: a closed shadow root the page's CSS cannot restyle and its scripts cannot read, holding the
 * shared `EntityCard`, kept inside the viewport, and a polite live region that announces the card to screen
 * readers when it opens from the keyboard.
 */
import { render } from 'preact';
import { CardSections, type SectionsState } from '../../components/CardSections';
import { EntityCard } from '../../components/EntityCard';
import cardCss from '../../components/card.css?inline';
import type { EntityProfile } from '../entities/types';
import { placeCard } from './position';

const HOST_TAG = 'backstory-ui';
const FRAME_CSS = `
:host { all: initial; }
.bs-frame { position: fixed; z-index: 2147483647; background: #fff; border: 1px solid #d6d6e0; border-radius: 10px;
  box-shadow: 0 8px 28px rgb(0 0 0 / 0.18); padding: 12px 14px; max-width: 360px; max-height: 60vh; overflow: auto;
  box-sizing: border-box; }
.bs-frame[hidden] { display: none; }
.bs-live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/** The selector of Backstory's own UI in the page, so extraction never reads it. */
export const UI_SELECTOR = HOST_TAG;

export interface HoverCard {
  show(profile: EntityProfile, anchor: DOMRect, nameOf: (id: string) => string | undefined, announce: boolean): void;
  /** Re-renders the open card with its further sections (a no-op when no card is open). */
  showSections(sections: Exclude<SectionsState, 'loading'>): void;
  hide(): void;
  readonly openId: string | null;
  /** The card's frame, for pointer enter/leave tracking. */
  readonly frame: HTMLElement;
  destroy(): void;
}

export function createHoverCard(doc: Document = document): HoverCard {
  const host = doc.createElement(HOST_TAG);
  host.style.cssText = 'position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = FRAME_CSS + cardCss;
  const frame = doc.createElement('div');
  frame.className = 'bs-frame';
  frame.hidden = true;
  frame.setAttribute('role', 'dialog');
  frame.setAttribute('aria-labelledby', 'bs-card-name');
  const live = doc.createElement('div');
  live.className = 'bs-live';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  shadow.append(style, frame, live);
  doc.documentElement.append(host);
  let openId: string | null = null;
  let current: { profile: EntityProfile; anchor: DOMRect; nameOf: (id: string) => string | undefined } | null = null;

  const draw = (state: SectionsState) => {
    if (!current) return;
    const { profile, anchor, nameOf } = current;
    render(
      <EntityCard profile={profile} nameOf={nameOf} headingId="bs-card-name">
        <CardSections state={state} />
      </EntityCard>,
      frame,
    );
    frame.hidden = false;
    const view = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
    const { left, top } = placeCard(anchor, { width: frame.offsetWidth, height: frame.offsetHeight }, view);
    frame.style.left = `${left}px`;
    frame.style.top = `${top}px`;
  };

  return {
    show(profile, anchor, nameOf, announce) {
      openId = profile.id;
      current = { profile, anchor, nameOf };
      draw('loading');
      if (announce) live.textContent = describe(profile);
    },
    showSections(sections) {
      if (openId) draw(sections);
    },
    hide() {
      openId = null;
      current = null;
      frame.hidden = true;
      render(null, frame);
    },
    get openId() {
      return openId;
    },
    frame,
    destroy() {
      render(null, frame);
      host.remove();
    },
  };
}

/** The sentence a screen reader hears when a card opens from the keyboard. */
export function describe(profile: EntityProfile): string {
  const kind = profile.type === 'PER' ? 'person' : 'place';
  const role = profile.role ? `, ${profile.role}` : '';
  const times = profile.mentionCount === 1 ? 'once' : `${profile.mentionCount} times`;
  return `${profile.name}, ${kind}${role}. Mentioned ${times}. ${profile.firstSentence}`;
}
