import { useState } from 'preact/hooks';
import type { Role } from '../content/schema';
import { t } from '../i18n';
import { Choices } from './Choices';

/**
 * "Wat is jouw rol?", asked once per pack and remembered on this device; afterwards one line with
 * the role and a way to change it. The steps then put what differs for that role first.
 */
export function RoleChoice({ roles, role, onChoose }: { roles: Role[]; role: string | null; onChoose: (id: string) => void }) {
  const current = roles.find((r) => r.id === role);
  const [open, setOpen] = useState(!current);
  const [picked, setPicked] = useState<string | null>(current?.id ?? null);
  if (roles.length === 0) return null;
  if (!open && current) {
    return (
      <p class="role-current">
        {t('role.current', { role: current.name })}{' '}
        <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => setOpen(true)}>{t('role.change')}</button>
      </p>
    );
  }
  return (
    <form class="role-choice" onSubmit={(e) => { e.preventDefault(); const id = picked ?? roles[0]!.id; onChoose(id); setOpen(false); }}>
      <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset__fieldset--html-fieldset" aria-describedby="role-hint">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend"><h2 class="legend-heading">{t('role.question')}</h2></legend>
        <p id="role-hint" class="utrecht-form-field-description">{t('role.hint')}</p>
        <Choices name="role" choices={roles.map((r) => ({ id: r.id, label: `${r.name}: ${r.description}` }))} selected={picked} onSelect={setPicked} />
      </fieldset>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">{t('role.save')}</button>
    </form>
  );
}
