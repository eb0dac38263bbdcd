import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { telHref } from '../organisation/profile';
import { onProfileChange, readProfile } from '../organisation/store';
import { href } from '../routes';

/**
 * The user's own organisation where it matters: step 2 (whom to consult first) and, `compact`,
 * the call sheet. Its name, the aandachtsfunctionaris with a tap-to-call number and the
 * organisation's own meldcode; without a profile, one line inviting to record it.
 * Reads this device's profile only: no case data goes in or out.
 */
export function OrganisationCard({ compact = false }: { compact?: boolean }) {
  const [profile, setProfile] = useState(() => readProfile());
  useEffect(() => onProfileChange(() => setProfile(readProfile())), []);
  const edit = href({ name: 'organisation' });

  if (!profile) {
    return (
      <p class="org-card org-card--empty">
        {t('org.cardEmpty')} <a href={edit}>{t('org.cardEmptyLink')}</a>
      </p>
    );
  }
  const { name, contactName, phone, meldcodeUrl } = profile;
  const who = contactName || name;
  return (
    <div class={`callout org-card${compact ? ' org-card--compact' : ''}`}>
      {compact ? <p><strong><bdi>{name}</bdi></strong></p> : <h3><bdi>{name}</bdi></h3>}
      {!compact && <p>{t('org.cardFirst')}</p>}
      {(contactName || phone) && (
        <p>
          {contactName && <><bdi>{contactName}</bdi>{phone ? ': ' : ''}</>}
          {phone && <a href={telHref(phone)} aria-label={t('org.cardCall', { name: who })}><bdi>{phone}</bdi></a>}
        </p>
      )}
      {meldcodeUrl && (
        <p>
          <a href={meldcodeUrl} target="_blank" rel="noopener noreferrer">
            {t('org.cardMeldcode', { name })}<span class="visually-hidden"> {t('help.newWindow')}</span>
          </a>
        </p>
      )}
      {!compact && <p class="small"><a href={edit}>{t('org.cardEdit')}</a></p>}
    </div>
  );
}
