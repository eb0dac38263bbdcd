import { t } from '../i18n';
import { Heading } from './Heading';
import { href } from '../routes';

export function NotFound(props: { packHref?: string; packTitle?: string }) {
  // A trainer's link into training mode that does not exist (an unknown step): the way back is
  // the list of practice cases.
  const practice = href({ name: 'practiceList' });
  const inPractice = !props.packHref && typeof location !== 'undefined' && location.pathname.startsWith(practice);
  const { packHref, packTitle } = inPractice ? { packHref: practice, packTitle: t('notFound.practice') } : props;
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
