import type { LocalizedPack, Locale } from '../content/schema';
import { STEP_NUMBERS } from '../content/schema';
import { t } from '../i18n';
import { href } from '../routes';
import { ColleagueAsk } from './ColleagueAsk';
import { Heading } from './Heading';
import { NewCaseForm } from './NewCaseForm';
import { formatDate } from '../i18n/format';
import { ContentStatus } from './ContentStatus';
import { PackRouteLinks } from './PackRouteLinks';
import { RoleChoice } from './RoleChoice';
import type { Case } from '../cases/types';

export function PackScreen({ pack, lang, caseHere, carried, onCreate, role, onRole }: {
  pack: LocalizedPack; lang: Locale; caseHere: Case | null; carried: number; onCreate: (label: string) => void;
  role: string | null; onRole: (id: string) => void;
}) {
  const text = pack;
  return (
    <>
      <Heading>{text.title}</Heading>
      <p class="lead">{text.description}</p>
      <ColleagueAsk pack={pack.routes.some((r) => r.id === 'collega') ? pack.id : undefined} />
      <RoleChoice roles={pack.roles} role={role} onChoose={onRole} />
      <h2 id="steps">{t('pack.steps')}</h2>
      <ol class="step-list" aria-labelledby="steps">
        {STEP_NUMBERS.map((n) => (
          <li key={n}>
            <a href={href({ name: 'step', pack: pack.id, step: n })}>{text.steps[n].title}</a>
            <span class="small"> — {text.steps[n].summary}</span>
          </li>
        ))}
      </ol>
      <ul class="actions">
        <li><a class="utrecht-button utrecht-button--primary-action" href={href({ name: 'step', pack: pack.id, step: 1 })}>{t('pack.begin')}</a></li>
        <li><a class="utrecht-button utrecht-button--secondary-action" href={href({ name: 'kader', pack: pack.id, node: pack.kader.start })}>{t('pack.toKader')}</a></li>
      </ul>
      {!caseHere && <NewCaseForm carried={carried} onCreate={onCreate} />}
      <PackRouteLinks pack={pack} />
      <PackAbout pack={pack} lang={lang} />
    </>
  );
}

/** The pack's status, what changed in each version, and its sources. */
export function PackAbout({ pack, lang }: { pack: LocalizedPack; lang: Locale }) {
  return (
    <ContentStatus version={pack.version} reviewed={pack.reviewed} review={pack.review} defaultLocale={pack.defaultLocale} lang={lang}>
      {pack.changelog.length > 0 && (
        <details>
          <summary>{t('pack.changes')}</summary>
          {pack.changelog.map((entry) => (
            <section key={entry.version} lang={pack.defaultLocale} aria-label={t('pack.changesIn', { version: entry.version })}>
              <h3>{t('pack.changesIn', { version: entry.version })} ({formatDate(entry.date, lang)})</h3>
              <ul>{entry.changes.map((c, i) => <li key={i}>{c}</li>)}</ul>
            </section>
          ))}
        </details>
      )}
      <details>
        <summary>{t('pack.sources', { count: pack.sources.length })}</summary>
        <ul class="utrecht-link-list utrecht-link-list--html-ul">
          {pack.sources.map((s) => (
            <li key={s.url} class="utrecht-link-list__item">
              <a class="utrecht-link-list__link utrecht-link" href={s.url} rel="noopener noreferrer" target="_blank">{s.title}<span class="visually-hidden"> {t('help.newWindow')}</span></a> ({formatDate(s.date, lang)})
            </li>
          ))}
        </ul>
      </details>
    </ContentStatus>
  );
}
