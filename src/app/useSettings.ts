import { useEffect, useState } from 'preact/hooks';
import { loadRepo } from '../storage/load';
import type { Settings } from '../storage/settings';

/** The user's settings that live beside the cases; null until read (or when they cannot be). */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => { loadRepo().then((r) => r.getSettings()).then(setSettings, () => setSettings(null)); }, []);
  /** Shows a value the caller has stored (the data screen writes with its own storage code). */
  const show = <K extends keyof Settings>(key: K, value: Settings[K]) => setSettings((s) => (s ? { ...s, [key]: value } : s));
  return { settings, show };
}

export type SettingsControl = ReturnType<typeof useSettings>;
