import type { LocalizedPack, StepNumber } from '../content/schema';
import { t } from '../i18n';

/** What differs in a step for the user's role, and, closed, what it says for the other roles
 * (an aandachtsfunctionaris reads along with a colleague). Nothing when the step is the same for all. */
export function RoleText({ pack, step, role }: { pack: LocalizedPack; step: StepNumber; role: string | null }) {
  const texts = pack.steps[step].roles;
  const mine = pack.roles.find((r) => r.id === role) ?? pack.roles[0];
  const others = pack.roles.filter((r) => r !== mine && texts[r.id]);
  if (!mine || (!texts[mine.id] && others.length === 0)) return null;
  return (
    <section class="callout role-text" aria-labelledby="role-text">
      <h2 id="role-text">{t('role.inStep', { role: mine.name })}</h2>
      <p>{texts[mine.id] ?? t('role.noDifference')}</p>
      {others.length > 0 && (
        <details>
          <summary>{t('role.others')}</summary>
          {others.map((r) => (
            <div key={r.id}>
              <h3>{r.name}</h3>
              <p>{texts[r.id]}</p>
            </div>
          ))}
        </details>
      )}
    </section>
  );
}
