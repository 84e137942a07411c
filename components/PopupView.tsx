import type { PageState } from '../lib/messaging/protocol';
import type { SectionsState } from './CardSections';
import { EntityList } from './EntityList';

/** What the popup knows: a page's state, or that the tab cannot be read at all. */
export type PopupModel =
  | { kind: 'loading' }
  | { kind: 'restricted'; url: string }
  | { kind: 'unreachable' }
  | { kind: 'page'; page: PageState };

export interface PopupViewProps {
  model: PopupModel;
  paused: boolean;
  site: string | null;
  siteEnabled: boolean;
  onPause: (paused: boolean) => void;
  /** Offline mode: no Wikipedia lookups. */
  offline?: boolean;
  onOffline?: (offline: boolean) => void;
  onSiteEnabled: (enabled: boolean) => void;
  onReveal: (entityId: string) => void;
  /** Further card sections of the entries opened so far, by entity id. */
  sections?: Record<string, SectionsState>;
  onOpen?: (entityId: string) => void;
  /** Where the header's "Settings" link leads (the options page). */
  settingsUrl?: string;
  onOpenSettings?: () => void;
}

const MESSAGES: Record<string, string> = {
  reading: 'Still reading this page…',
  'not-article': 'This page does not look like an article, so Backstory left it alone.',
  'too-large': 'This page is too large to read without slowing it down.',
  paused: 'Backstory is paused everywhere.',
  'site-off': 'Backstory is off on this site.',
};

export function PopupView(props: PopupViewProps) {
  const { model } = props;
  return (
    <main class="bs-popup">
      <header class="bs-bar">
        <h1>Backstory</h1>
        {props.onOpenSettings && (
          <a
            class="bs-settings"
            href={props.settingsUrl ?? '#'}
            onClick={(e) => {
              e.preventDefault();
              props.onOpenSettings?.();
            }}
          >
            Settings
          </a>
        )}
        <label class="bs-toggle">
          <input type="checkbox" checked={props.paused} onChange={(e) => props.onPause(e.currentTarget.checked)} /> Pause
        </label>
        {props.onOffline && (
          <label class="bs-toggle">
            <input type="checkbox" checked={props.offline ?? false} onChange={(e) => props.onOffline?.(e.currentTarget.checked)} /> Offline
          </label>
        )}
        {props.site && (
          <label class="bs-toggle">
            <input
              type="checkbox"
              checked={props.siteEnabled}
              onChange={(e) => props.onSiteEnabled(e.currentTarget.checked)}
            />{' '}
            On for {props.site}
          </label>
        )}
      </header>
      <div class="bs-body" aria-live="polite">
        {body(model, props)}
      </div>
    </main>
  );
}

function body(model: PopupModel, props: PopupViewProps) {
  switch (model.kind) {
    case 'loading':
      return <p class="bs-state" data-state="loading">Looking at this tab…</p>;
    case 'restricted':
      return (
        <p class="bs-state" data-state="restricted">
          Browsers keep their own pages (such as settings and the web store) closed to extensions, so there is nothing
          to show here.
        </p>
      );
    case 'unreachable':
      return (
        <p class="bs-state" data-state="unreachable">
          Backstory is not running in this tab yet. Reload the page to read it.
        </p>
      );
    case 'page': {
      const { page } = model;
      if (page.status === 'error') return <p class="bs-state" data-state="error">Something went wrong: {page.error}</p>;
      if (page.status !== 'ready') return <p class="bs-state" data-state={page.status}>{MESSAGES[page.status]}</p>;
      if (!page.entities.length) return <p class="bs-state" data-state="empty">No people or places named in this article.</p>;
      return (
        <>
          <p class="bs-title" data-state="ready">{page.title}</p>
          <EntityList entities={page.entities} onReveal={props.onReveal} sections={props.sections ?? {}} {...(props.onOpen ? { onOpen: props.onOpen } : {})} />
        </>
      );
    }
  }
}
