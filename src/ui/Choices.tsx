import { t } from '../i18n';

/** The message by a field group in error (GOV.UK): "Fout:" said to screen readers only. */
export function FieldError({ id, text }: { id: string; text: string }) {
  return (
    <p id={id} class="error">
      <span class="visually-hidden">{t('kader.errorPrefix')} </span>{text}
    </p>
  );
}

export interface Choice {
  id: string;
  label: string;
  /** Marks an answer that needs care (an acute one). */
  acute?: boolean;
}

/** One set of radio buttons, each a large label: the answers of a question page. Each radio's
 * id is `<name>-<choice id>`, which an error summary links to. */
export function Choices({ name, choices, selected, onSelect }: { name: string; choices: Choice[]; selected: string | null | undefined; onSelect: (id: string) => void }) {
  return (
    <div class="choices">
      {choices.map((c) => (
        <label key={c.id} class={c.acute ? 'choice choice--acute' : 'choice'}>
          <input type="radio" id={`${name}-${c.id}`} name={name} value={c.id} checked={selected === c.id} onChange={() => onSelect(c.id)} />
          <span>{c.label}</span>
        </label>
      ))}
    </div>
  );
}
