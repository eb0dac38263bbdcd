import type { Locale, PackSummary, RouteSummary } from '../content/schema';
import type { PracticeIndex } from '../practice/types';
import { t } from '../i18n';
import { href } from '../routes';
import { Heading } from './Heading';

interface Props {
  index: PracticeIndex;
  /** For the group titles and route names; ids are shown while they are not there. */
  packs?: PackSummary[];
  routes?: RouteSummary[];
  lang: Locale;
}

const link = 'utrecht-link-list__link utrecht-link';

/** /oefenen/: what oefenmodus is, the practice cases by pack (beroepsgroep), and the explainers
 * and conversation exercises of the training. */
export function PracticeListScreen({ index, packs, routes, lang }: Props) {
  const byPack = new Map<string, PracticeIndex['cases']>();
  for (const c of index.cases) byPack.set(c.pack, [...(byPack.get(c.pack) ?? []), c]);
  const packTitle = (id: string) => packs?.find((p) => p.id === id)?.title[lang] ?? id;
  const routeTitle = (id: string) => routes?.find((r) => r.id === id)?.title[lang] ?? id;
  return (
    <>
      <p class="eyebrow">{t('practice.eyebrow')}</p>
      <Heading>{t('practice.title')}</Heading>
      <p class="lead">{t('practice.intro')}</p>
      <p>{t('practice.model')}</p>
      <section aria-labelledby="practice-cases">
        <h2 id="practice-cases">{t('practice.cases')}</h2>
        {index.cases.length === 0 && <p>{t('practice.none')}</p>}
        {[...byPack].map(([pack, cases]) => (
          <section key={pack} aria-labelledby={`practice-pack-${pack}`}>
            <h3 id={`practice-pack-${pack}`}>{packTitle(pack)}</h3>
            <ul class="utrecht-link-list utrecht-link-list--html-ul">
              {cases.map((c) => (
                <li key={c.id} class="utrecht-link-list__item">
                  <a class={link} href={href({ name: 'practiceCase', practice: c.id })}>{c.title[lang]}</a>
                  <br />{c.summary[lang]}
                  {c.route && <><br />{t('practice.route', { title: routeTitle(c.route) })}</>}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
      {index.explainers.length > 0 && (
        <section aria-labelledby="practice-explainers">
          <h2 id="practice-explainers">{t('practice.explainers')}</h2>
          <ul class="utrecht-link-list utrecht-link-list--html-ul">
            {index.explainers.map((e) => <li key={e.id} class="utrecht-link-list__item"><a class={link} href={href({ name: 'explainer', explainer: e.id })}>{e.title[lang]}</a></li>)}
          </ul>
        </section>
      )}
      {index.conversations.length > 0 && (
        <section aria-labelledby="practice-conversations">
          <h2 id="practice-conversations">{t('practice.conversations')}</h2>
          <ul class="utrecht-link-list utrecht-link-list--html-ul">
            {index.conversations.map((c) => <li key={c.id} class="utrecht-link-list__item"><a class={link} href={href({ name: 'conversation', conversation: c.id })}>{c.title[lang]}</a></li>)}
          </ul>
        </section>
      )}
    </>
  );
}
