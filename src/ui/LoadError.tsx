import { t } from '../i18n';
import { Heading } from './Heading';

export function LoadError({ onRetry }: { onRetry: () => void }) {
  return (
    <>
      <Heading>{t('load.errorTitle')}</Heading>
      <p>{t('load.errorText')}</p>
      <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={onRetry}>{t('load.retry')}</button>
    </>
  );
}
