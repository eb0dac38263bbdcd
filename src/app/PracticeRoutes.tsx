import type { Locale } from '../content/schema';
import type { Route } from '../routes';
import { t } from '../i18n';
import { Heading } from '../ui/Heading';
import { ExplainerScreen } from '../ui/ExplainerScreen';
import { ConversationScreen } from '../ui/ConversationScreen';

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
      // Placeholder: P3 (presenter view).
      return <Heading>{t('presenter.title')}</Heading>;
    case 'explainer':
      return <ExplainerScreen explainer={route.explainer} lang={lang} />;
    case 'conversation':
      return <ConversationScreen conversation={route.conversation} lang={lang} />;
    default:
      return route satisfies never;
  }
}
