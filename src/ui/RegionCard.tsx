import { useState } from 'preact/hooks';
import type { Locale } from '../content/schema';
import { entriesFor, regionOf, type RegionSummary } from '../content/region-pack';
import { readRegion, saveRegion } from '../organisation/region';
import { t } from '../i18n';
import { formatDate } from '../i18n/format';
import { href } from '../routes';
import { EntryBody, useRegion, useRegionList } from './RegionParts';

/** Steps 2 and 5: the chosen region's sociale kaart entries for this step (whom to consult;
 * organising help) with a link to the whole kaart; for a region without a kaart, the finder; without
 * a chosen region, a short way to choose one. Quiet when the packs cannot be read: the step works
 * without it. */
export function RegionCard({ step, lang }: { step: 2 | 5; lang: Locale }) {
  const [vt, setVt] = useState(readRegion);
  const [choosing, setChoosing] = useState(false);
  const list = useRegionList();
  const summary = list ? regionOf(list, vt) : undefined;
  const region = useRegion(choosing ? null : summary?.id);
  if (!list) return null;
  const choose = (code: string) => {
    saveRegion(code);
    setVt(code);
    setChoosing(false);
  };
  if (!vt || choosing) return <Chooser list={list} lang={lang} onChoose={choose} />;
  const change = <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => setChoosing(true)}>{t('region.change')}</button>;
  if (!summary) {
    return (
      <div class="region-card">
        <p>{t('region.cardNoPack')}</p>
        <ul class="actions">
          <li><a href={href({ name: 'veiligThuis' })}>{t('region.cardFinder')}</a></li>
          <li>{change}</li>
        </ul>
      </div>
    );
  }
  if (!region) return null;
  const title = region.text[lang].title;
  const entries = entriesFor(region, step);
  return (
    <div class="region-card">
      <h3>{step === 2 ? t('region.cardTitle2', { title }) : t('region.cardTitle5', { title })}</h3>
      <p class="small">{t('region.cardSource', { title: region.source.title, date: formatDate(region.source.date, lang) })}</p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <strong>{region.text[lang].entries[entry.id]!.name}</strong>
            <EntryBody region={region} entry={entry} lang={lang} />
          </li>
        ))}
      </ul>
      <ul class="actions">
        <li><a href={href({ name: 'region', region: region.id })}>{t('region.cardAll', { title })}</a></li>
        <li>{change}</li>
      </ul>
    </div>
  );
}

function Chooser({ list, lang, onChoose }: { list: RegionSummary[]; lang: Locale; onChoose: (vt: string) => void }) {
  const [picked, setPicked] = useState('');
  return (
    <form class="region-card" onSubmit={(e) => { e.preventDefault(); if (picked) onChoose(picked); }}>
      <h3>{t('region.choose')}</h3>
      <p class="small">{t('region.chooseHint')}</p>
      <div class="utrecht-form-field">
        <label for="region-choice" class="utrecht-form-label field-label">{t('region.chooseLabel')}</label>
        <select id="region-choice" value={picked} onChange={(e) => setPicked(e.currentTarget.value)}>
          <option value="">{t('region.choosePlaceholder')}</option>
          {list.map((r) => <option key={r.id} value={r.vt}>{r.title[lang]}</option>)}
        </select>
      </div>
      <ul class="actions">
        <li><button type="submit" class="utrecht-button utrecht-button--secondary-action">{t('region.chooseSave')}</button></li>
        <li><a href={href({ name: 'veiligThuis' })}>{t('region.chooseOther')}</a></li>
      </ul>
    </form>
  );
}
