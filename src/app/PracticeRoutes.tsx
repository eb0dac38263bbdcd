import type { Locale } from '../content/schema';
import type { Route } from '../routes';
import type { CaseSession } from '../cases/session';
import { t } from '../i18n';
import { Heading } from '../ui/Heading';
import { Presenter } from '../ui/Presenter';
import { PracticeList } from '../ui/PracticeList';
import { PracticeCaseRoute, PracticeStepRoute } from './PracticeCaseRoute';
import { ExplainerScreen } from '../ui/ExplainerScreen';
import { ConversationScreen } from '../ui/ConversationScreen';

export type PracticeRoute = Extract<Route, { name: 'practiceList' | 'explainer' | 'conversation' | 'practiceCase' | 'presenter' | 'practiceStep' }>;

/** Training mode's own screens: one lazily loaded group, with its own strings ('practice'). The
 * steps of a practice case are the pack's own screens, walked in oefenmodus. `session`: the one
 * the screens use now (the real one, or oefenmodus's memory session). */
export function PracticeRoutes({ route, lang, session }: { route: PracticeRoute; lang: Locale; session: CaseSession }) {
  switch (route.name) {
    case 'practiceList':
      return <PracticeList lang={lang} />;
    case 'practiceCase':
      return <PracticeCaseRoute id={route.practice} lang={lang} session={session} />;
    case 'practiceStep':
      return <PracticeStepRoute id={route.practice} step={route.step} lang={lang} session={session} />;
    case 'presenter':
      return <Presenter id={route.practice} lang={lang} />;
    case 'explainer':
      return <ExplainerScreen explainer={route.explainer} lang={lang} />;
    case 'conversation':
      return <ConversationScreen conversation={route.conversation} lang={lang} />;
    default:
      return route satisfies never;
  }
}
