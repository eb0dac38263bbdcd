import { t } from '../i18n';
import { Heading } from './Heading';
import { href } from '../routes';

export function NotFound({ packHref, packTitle }: { packHref?: string; packTitle?: string }) {
  return (
    <>
      <Heading>{t('notFound.title')}</Heading>
      <p>{t('notFound.text')}</p>
      <ul class="actions">
        {packHref && packTitle && (
          <li><a class="utrecht-button utrecht-button--primary-action" href={packHref}>{t('notFound.toPack', { title: packTitle })}</a></li>
        )}
        <li><a class={packHref ? 'utrecht-button utrecht-button--secondary-action' : 'utrecht-button utrecht-button--primary-action'} href={href({ name: 'start' })}>{t('notFound.toStart')}</a></li>
      </ul>
    </>
  );
}
