import type { LocalizedPack, Locale } from '../content/schema';
import type { Case } from '../cases/types';
import type { CaseSession } from '../cases/session';
import { t } from '../i18n';
import { Heading } from './Heading';

// Placeholder: H2 (Bel voorbereiden) builds this screen at /<pack>/bellen/.
export function CallSheet(_: { pack: LocalizedPack; lang: Locale; caseHere: Case | null; edit: CaseSession['edit'] }) {
  return <Heading>{t('call.title')}</Heading>;
}
