import { useEffect, useState } from 'preact/hooks';
import { OptionsView } from '../../components/OptionsView';
import { sendToBackground } from '../../lib/messaging/send';
import { DEFAULT_SETTINGS, readSettings, settingsItem, type Settings } from '../../lib/settings/settings';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings);
    return settingsItem.watch((s) => setSettings({ ...DEFAULT_SETTINGS, ...s }));
  }, []);
  if (!settings) return null;
  return (
    <OptionsView
      settings={settings}
      onChange={(next) => {
        setSettings(next);
        void settingsItem.setValue(next);
      }}
      onClearHistory={() =>
        void sendToBackground('clearHistory', {}).then((r) => setNote(r.ok ? 'History cleared.' : `Could not clear: ${r.error}`))
      }
      historyNote={note}
    />
  );
}
