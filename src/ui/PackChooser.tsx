import { useEffect, useRef, useState } from 'preact/hooks';
import { Choices, FieldError } from './Choices';
import type { Locale, PackSummary } from '../content/schema';
import { t } from '../i18n';
import { href } from '../routes';
import { ErrorSummary } from './ErrorSummary';

/** The answers to 'Waar werk je?': every pack that has one, in the index's order, with the pack
 * for everyone else (Algemeen) last. Nothing here names a pack: a new pack with a `setting` text
 * is a new answer. */
export function settingOptions(packs: PackSummary[]): PackSummary[] {
  const withSetting = packs.filter((p) => p.setting);
  return [...withSetting.filter((p) => p.beroepsgroep !== 'algemeen'), ...withSetting.filter((p) => p.beroepsgroep === 'algemeen')];
}

/**
 * The start screen once there is more than one pack: the remembered beroepsgroep first (with a way
 * to change it), or a plain question 'Waar werk je?' and every pack by name. Loaded only then, so
 * the start screen of a single pack stays small.
 */
export function PackChooser({ packs, lang, chosen, onChoose, onGo }: {
  packs: PackSummary[]; lang: Locale; chosen: string | null;
  /** Remembers the pack (a card is a link: it goes there itself). */
  onChoose: (id: string) => void;
  /** Remembers the pack and goes to it (the question's answer). */
  onGo: (id: string) => void;
}) {
  const mine = packs.find((p) => p.id === chosen);
  const [changing, setChanging] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const question = useRef<HTMLHeadingElement>(null);
  // Revealed on request: focus goes to what was revealed, not back to the top of the page.
  useEffect(() => { if (changing) question.current?.focus(); }, [changing]);
  const options = settingOptions(packs);
  const card = (p: PackSummary) => (
    <li key={p.id}>
      <a class="card" href={href({ name: 'pack', pack: p.id })} onClick={() => onChoose(p.id)}>
        <span class="card-title">{p.title[lang]}</span>
        <span class="card-text">{p.description[lang]}</span>
      </a>
    </li>
  );

  if (mine && !changing) {
    return (
      <>
        <h3 id="mine">{t('start.mine')}</h3>
        <ul class="cards" aria-labelledby="mine">{card(mine)}</ul>
        <p><button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => setChanging(true)}>{t('start.change')}</button></p>
      </>
    );
  }

  const missing = attempts > 0 && !selected;
  const submit = (e: Event) => {
    e.preventDefault();
    if (selected) onGo(selected);
    else setAttempts(attempts + 1);
  };
  const first = options[0] && `waar-${options[0].id}`;
  return (
    <>
      {options.length > 1 && first && (
        <form onSubmit={submit} noValidate autocomplete="off">
          {missing && <ErrorSummary key={attempts} errors={[{ text: t('start.chooseSetting'), field: first, scrollTo: 'waar-legend' }]} />}
          <div class={missing ? 'question question--error' : 'question'}>
            <fieldset aria-describedby={missing ? 'waar-hint waar-error' : 'waar-hint'} aria-invalid={missing || undefined}>
              <legend id="waar-legend"><h3 id="waar" ref={question} tabIndex={-1}>{t('start.where')}</h3></legend>
              <p id="waar-hint" class="hint">{t('start.whereHint')}</p>
              {missing && <FieldError id="waar-error" text={t('start.chooseSetting')} />}
              <Choices
                name="waar"
                choices={options.map((p) => ({ id: p.id, label: p.setting![lang]! }))}
                selected={selected}
                onSelect={(id) => { setSelected(id); setAttempts(0); }}
              />
            </fieldset>
          </div>
          <div class="actions">
            <button type="submit" class="utrecht-button utrecht-button--primary-action">{t('start.go')}</button>
          </div>
        </form>
      )}
      <h3 id="by-name">{options.length > 1 ? t('start.byName') : t('start.all')}</h3>
      <ul class="cards" aria-labelledby="by-name">{packs.map(card)}</ul>
    </>
  );
}
