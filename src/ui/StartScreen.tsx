import type { Locale, PackSummary } from '../content/schema';
import { t } from '../i18n';
import { href } from '../app/routes';
import { Heading } from './Heading';

/** Built for many packs: today only Algemeen exists, tomorrow one per beroepsgroep. */
export function StartScreen({ packs, lang }: { packs: PackSummary[] | undefined; lang: Locale }) {
  return (
    <>
      <Heading>{t('start.title')}</Heading>
      <p class="lead">{t('start.intro')}</p>
      <p>{t('start.privacy')}</p>
      <h2 id="choose">{t('start.choose')}</h2>
      {packs === undefined ? (
        <p role="status">{t('load.loading')}</p>
      ) : (
        <ul class="cards" aria-labelledby="choose">
          {packs.map((p) => (
            <li key={p.id}>
              <a class="card" href={href({ name: 'pack', pack: p.id })}>
                <span class="card-title">{p.title[lang]}</span>
                <span class="card-text">{p.description[lang]}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <p class="small">{t('start.ownCode')}</p>
    </>
  );
}
