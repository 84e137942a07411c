import { useState } from 'preact/hooks';
import type { EntityType } from '../lib/entities/types';
import type { Settings } from '../lib/settings/settings';
import { isWikipediaBaseUrl, isWikipediaLanguage } from '../lib/settings/validate';

export interface OptionsViewProps {
  settings: Settings;
  onChange: (next: Settings) => void;
  onClearHistory: () => void;
  /** A line after "Clear history" ("History cleared."), or null. */
  historyNote: string | null;
}

const TYPES: { type: EntityType; label: string }[] = [
  { type: 'PER', label: 'People' },
  { type: 'LOC', label: 'Places' },
];

/** The settings page: every option with its default explained. Props in, callbacks out. */
export function OptionsView({ settings, onChange, onClearHistory, historyNote }: OptionsViewProps) {
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  const [lang, setLang] = useState(settings.wikipediaLanguage);
  const [base, setBase] = useState(settings.wikipediaBaseUrl);
  return (
    <main class="bs-options">
      <h1>Backstory settings</h1>

      <fieldset>
        <legend>Network</legend>
        <label>
          <input type="checkbox" name="offline" checked={settings.offline} onChange={(e) => set({ offline: e.currentTarget.checked })} />{' '}
          Offline: no network lookups at all (cards show the article, your history and the atlas)
        </label>
        <label>
          Wikipedia language{' '}
          <input name="wikipediaLanguage" value={lang} size={8} onInput={(e) => setLang(e.currentTarget.value)}
            onChange={() => isWikipediaLanguage(lang) && set({ wikipediaLanguage: lang })} aria-invalid={!isWikipediaLanguage(lang)} />
          <span class="bs-hint"> e.g. en, de, fr (default en)</span>
        </label>
        <label>
          Wikipedia API base URL{' '}
          <input name="wikipediaBaseUrl" value={base} size={34} onInput={(e) => setBase(e.currentTarget.value)}
            onChange={() => isWikipediaBaseUrl(base) && set({ wikipediaBaseUrl: base })} aria-invalid={!isWikipediaBaseUrl(base)} />
          <span class="bs-hint"> {'{lang}'} stands for the language; for mirrors and tests (default https://{'{lang}'}.wikipedia.org)</span>
        </label>
      </fieldset>

      <fieldset>
        <legend>History</legend>
        <label>
          <input type="checkbox" name="historyEnabled" checked={settings.historyEnabled} onChange={(e) => set({ historyEnabled: e.currentTarget.checked })} />{' '}
          Remember the people and places of articles I read (on this device only), to show earlier mentions
        </label>
        <button type="button" onClick={onClearHistory}>Clear history</button>
        {historyNote && <span class="bs-hint" role="status"> {historyNote}</span>}
      </fieldset>

      <fieldset>
        <legend>Highlights</legend>
        {TYPES.map(({ type, label }) => (
          <label key={type}>
            <input type="checkbox" name={`highlight-${type}`} checked={settings.highlightTypes.includes(type)}
              onChange={(e) => set({ highlightTypes: TYPES.map((t) => t.type).filter((t) => (t === type ? e.currentTarget.checked : settings.highlightTypes.includes(t))) })} />{' '}
            {label}
          </label>
        ))}
        <label>
          <input type="checkbox" name="paused" checked={settings.paused} onChange={(e) => set({ paused: e.currentTarget.checked })} /> Pause everywhere
        </label>
      </fieldset>

      <fieldset>
        <legend>Sites where Backstory is off</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="bs-hint">None. Turn a site off from the toolbar popup.</p>
        ) : (
          <ul class="bs-sites">
            {settings.disabledSites.map((host) => (
              <li key={host}>
                {host}{' '}
                <button type="button" aria-label={`Turn Backstory back on for ${host}`} onClick={() => set({ disabledSites: settings.disabledSites.filter((h) => h !== host) })}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </main>
  );
}
