import { t, type Key } from '../i18n';

/** One line per missing capability; the walk-through works without them, so we only say
 * what the user loses, never block. */
export function Notices({ keys }: { keys: Key[] }) {
  if (keys.length === 0) return null;
  return (
    <ul class="notices utrecht-alert utrecht-alert--warning">
      {keys.map((key) => (
        <li key={key}>{t(key)}</li>
      ))}
    </ul>
  );
}
