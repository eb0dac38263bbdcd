import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import type { StorageErrorKind } from '../cases/errors';

type Persisted = 'yes' | 'no' | 'unknown';

/** Says plainly where the notes are and whether the browser may remove them. */
export function StorageStatus({ hasCases, problem }: { hasCases: boolean; problem: StorageErrorKind | null }) {
  const [persisted, setPersisted] = useState<Persisted>('unknown');
  useEffect(() => {
    navigator.storage?.persisted?.().then((p) => setPersisted(p ? 'yes' : 'no'), () => setPersisted('unknown'));
  }, []);
  const ask = () => navigator.storage?.persist?.().then((p) => setPersisted(p ? 'yes' : 'no'), () => undefined);
  return (
    <section aria-labelledby="where">
      <h2 id="where">{t('data.whereTitle')}</h2>
      <p>{problem ? t(problem === 'blocked' ? 'storage.blocked' : 'storage.unavailable') : t('data.whereText')}</p>
      {!problem && <p>{t(persisted === 'yes' ? 'data.persisted' : persisted === 'no' ? 'data.notPersisted' : 'data.persistUnknown')}</p>}
      {!problem && persisted === 'no' && hasCases && (
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => void ask()}>{t('data.askPersist')}</button>
      )}
      <p>{t('data.safari')}</p>
    </section>
  );
}
