import { useState } from 'preact/hooks';
import type { StorageErrorKind } from '../cases/errors';
import type { CaseSummary } from '../cases/types';
import type { Locale, PackSummary } from '../content/schema';
import { t } from '../i18n';
import { href } from '../routes';
import { lazyComponent } from './lazy';
import { ColleagueAsk } from './ColleagueAsk';
import { Heading } from './Heading';

// Only once there is more than one pack: a single pack needs no choosing.
export const PackChooser = lazyComponent(() => import('./PackChooser').then((m) => m.PackChooser), { strings: ['pack'] });
// Far below the fold: it comes after the first render, without holding it up.
const SituationLinks = lazyComponent(() => import('./SituationLinks').then((m) => m.situationsLoaded().then(() => m.SituationLinks)), { strings: ['pack', 'local'], quiet: true });
/** The code the start screen needs for this pack index, so its first render is the finished screen. */
export const preloadStart = (index: PackSummary[]) => (index.length > 1 ? PackChooser.preload() : undefined);

const StartNotices = lazyComponent(() => import('./StartNotices').then((m) => m.StartNotices), { quiet: true });
const CaseList = lazyComponent(() => import('./CaseList').then((m) => m.CaseList));
// Only when deleting: kept out of the start screen's own code.
const ConfirmDelete = lazyComponent(() => import('./ConfirmDelete').then((m) => m.ConfirmDelete));

/** Built for many packs: today only Algemeen exists, tomorrow one per beroepsgroep. */
export function StartScreen({ packs, lang, cases = [], storageProblem, lostOpen, lastBackupAt, chosen = null, onChoose, onGo, onOpen, onRemove }: {
  packs: PackSummary[] | undefined; lang: Locale; cases: CaseSummary[] | undefined; storageProblem: StorageErrorKind | null; lostOpen?: true;
  /** The pack chosen last time (remembered on the device), shown first. */
  chosen?: string | null;
  onChoose?: (id: string) => void;
  onGo?: (id: string) => void;
  /** undefined until read: no reminder before then. */
  lastBackupAt: string | null | undefined;
  onOpen: (c: CaseSummary) => void; onRemove: (id: string) => void;
}) {
  const [deleting, setDeleting] = useState<CaseSummary | null>(null);
  const openCase = (id: string) => {
    const c = cases.find((x) => x.id === id);
    if (c) onOpen(c);
  };
  return (
    <>
      <Heading>{t('start.title')}</Heading>
      <p class="lead">{t('start.intro')}</p>
      <ColleagueAsk />
      <p>{t('start.privacy')}</p>
      {/* What the stored cases ask for: it can only come after they are read, so its code and
          strings come then too (with the case list's). */}
      {(storageProblem || cases.length > 0) && <StartNotices cases={cases} packs={packs} storageProblem={storageProblem} lastBackupAt={lastBackupAt} onOpen={openCase} />}
      <h2 id="choose">{t('start.choose')}</h2>
      {packs === undefined ? (
        <p role="status" class="card-placeholder">{t('load.loading')}</p>
      ) : packs.length > 1 ? (
        <PackChooser packs={packs} lang={lang} chosen={chosen} onChoose={(id) => onChoose?.(id)} onGo={(id) => onGo?.(id)} />
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
      <SituationLinks lang={lang} />
      {(cases.length > 0 || lostOpen) && (
        <section aria-labelledby="cases">
          <h2 id="cases">{t('cases.title')}</h2>
          <CaseList cases={cases} packs={packs} lostOpen={lostOpen} lang={lang} onOpen={openCase} onDelete={setDeleting} />
        </section>
      )}
      <p><a href={href({ name: 'data' })}>{t('data.link')}</a></p>
      <p class="small">{t('start.ownCode')}</p>
      {deleting && (
        <ConfirmDelete
          label={deleting.label}
          onCancel={() => setDeleting(null)}
          onConfirm={() => { onRemove(deleting.id); setDeleting(null); }}
        />
      )}
    </>
  );
}
