import type { Locale } from '../content/schema';
import type { Route } from '../routes';
import { t } from '../i18n';
import { Heading } from '../ui/Heading';
import { Presenter } from '../ui/Presenter';

export type PracticeRoute = Extract<Route, { name: 'practiceList' | 'explainer' | 'conversation' | 'practiceCase' | 'presenter' | 'practiceStep' }>;

/** Training mode's own screens: one lazily loaded group, with its own strings ('practice'). The
 * steps of a practice case are the pack's own screens, walked in oefenmodus. */
export function PracticeRoutes({ route, lang }: { route: PracticeRoute; lang: Locale }) {
  switch (route.name) {
    case 'practiceList':
    case 'practiceCase':
    case 'practiceStep':
      // Placeholder: P2 (practice mode) builds these.
      return (
        <>
          <p class="eyebrow">{t('practice.eyebrow')}</p>
          <Heading>{t('practice.title')}</Heading>
        </>
      );
    case 'presenter':
      return <Presenter id={route.practice} lang={lang} />;
    case 'explainer':
      // Placeholder: P4 (explainers).
      return <Heading>{t('explainer.eyebrow')}</Heading>;
    case 'conversation':
      // Placeholder: P4 (conversation exercise).
      return <Heading>{t('conversation.title')}</Heading>;
    default:
      return route satisfies never;
  }
}
