import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import type { SectionsState } from '../../components/CardSections';
import { PopupView, type PopupModel } from '../../components/PopupView';
import { HighlightsPanel } from '../../components/HighlightsPanel';
import { PopupTabs, type PopupTab } from '../../components/PopupTabs';
import { useHighlights } from '../../lib/saving/use-highlights';
import { sendToBackground, sendToTab } from '../../lib/messaging/send';
import { settingsItem, withSite, DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';

const POLL_MS = 400;

/** The tab the popup speaks of: `?tab=ID` (tests, and a popup opened as a page), else the active tab. */
async function targetTab() {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  if (id) return browser.tabs.get(id);
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
}

/** Stores and browsers' own pages, which no extension may script. */
const CLOSED_HOSTS = new Set(['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org']);

const hostOf = (url: string) => (/^https?:/.test(url) ? new URL(url).hostname : null);

/**
 * Why a tab's content script did not answer. Backstory may read every http(s) page, so a tab whose URL it is not
 * even allowed to see is one of the browser's own pages; a web page it can see has simply not loaded it yet.
 */
function unanswered(url: string | undefined): PopupModel {
  if (!url || !/^(https?|file):/.test(url) || CLOSED_HOSTS.has(hostOf(url) ?? '')) return { kind: 'restricted', url: url ?? '' };
  return { kind: 'unreachable' };
}

export function App() {
  const [model, setModel] = useState<PopupModel>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [tab, setTab] = useState<{ id: number; host: string | null } | null>(null);
  const [sections, setSections] = useState<Record<string, SectionsState>>({});

  useEffect(() => {
    void settingsItem.getValue().then((s) => setSettings({ ...DEFAULT_SETTINGS, ...s }));
    return settingsItem.watch((s) => setSettings({ ...DEFAULT_SETTINGS, ...s }));
  }, []);

  /** An entry was expanded: ask for its sections once (Wikipedia included: the popup shows only a few). */
  const onOpen = (entityId: string) => {
    if (model.kind !== 'page' || sections[entityId]) return;
    const { url, entities } = model.page;
    setSections((s) => ({ ...s, [entityId]: 'loading' }));
    void sendToBackground('getCard', { entityId, url, entities, wikipedia: true }).then((reply) =>
      setSections((s) => ({ ...s, [entityId]: reply.ok ? reply.value : { error: reply.error } })),
    );
  };

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    void (async () => {
      const t = await targetTab();
      if (!t?.id) return setModel({ kind: 'unreachable' });
      const poll = async () => {
        const reply = await sendToTab(t.id!, 'getPageState', {});
        if (!live) return;
        if (!reply.ok) return setModel(unanswered(t.url));
        setTab({ id: t.id!, host: hostOf(reply.value.url) });
        setModel({ kind: 'page', page: reply.value });
        if (reply.value.status === 'reading') timer = setTimeout(poll, POLL_MS);
      };
      await poll();
    })();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [settings]);

  const [view, setView] = useState<PopupTab>(initialTab());
  const saved = useHighlights({ ...(tab ? { tabId: tab.id } : {}), ...(model.kind === 'page' ? { pageUrl: model.page.url } : {}) });
  const fullViewUrl = browser.runtime.getURL('/highlights.html');
  const save = (next: Settings) => void settingsItem.setValue(next);
  return (
    <PopupTabs current={view} onChange={setView}>
      {view === 'names' ? names() : (
        <HighlightsPanel
          view={view}
          model={saved.model}
          {...(model.kind === 'page' ? {} : { noPage: model.kind === 'loading' ? 'Looking at this tab…' : 'Backstory cannot read this tab, so it has no highlights here.' })}
          onSearch={saved.search}
          onReveal={saved.reveal}
          onEdit={(id, edit) => void saved.edit(id, edit)}
          onDelete={(id) => void saved.remove(id)}
          onUndo={() => void saved.undo()}
          onDismissUndo={saved.dismissUndo}
          onExport={(format, scope) => void saved.exportAs(format, scope)}
          onImport={(file) => void saved.importFile(file)}
          fullViewUrl={fullViewUrl}
          onOpenFullView={() => void browser.tabs.create({ url: fullViewUrl })}
        />
      )}
    </PopupTabs>
  );

  function names() {
    return (
    <PopupView
      model={model}
      paused={settings.paused}
      site={tab?.host ?? null}
      siteEnabled={tab?.host ? !settings.disabledSites.includes(tab.host) : true}
      onPause={(paused) => save({ ...settings, paused })}
      offline={settings.offline}
      onOffline={(offline) => save({ ...settings, offline })}
      onSiteEnabled={(enabled) => tab?.host && save(withSite(settings, tab.host, enabled))}
      onReveal={(entityId) => tab && void sendToTab(tab.id, 'revealEntity', { entityId })}
      sections={sections}
      onOpen={onOpen}
      settingsUrl={browser.runtime.getURL('/options.html')}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
    />
    );
  }
}

/** `?view=page|all` opens that tab (tests, and links); else the names. */
function initialTab(): PopupTab {
  const view = new URLSearchParams(location.search).get('view');
  return view === 'page' || view === 'all' ? view : 'names';
}
