import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../content/schema';
import { loadDirectory } from '../directory/load';
import type { VeiligThuisRegion } from '../directory/types';
import { t } from '../i18n';
import {
  EMPTY_PROFILE, FIELDS, PROFILE_FILE_NAME, fileTooLarge, linkPayload, parseFile, parseLinkPayload, profileLink, serialise, tidy, validate,
  type FieldError, type ImportError, type OrganisationProfile, type ProfileField,
} from '../organisation/profile';
import { clearProfile, readProfile, saveProfile } from '../organisation/store';
import { href } from '../routes';
import { download } from './download';
import { Heading } from './Heading';
import { OrganisationForm } from './OrganisationForm';
import { OrganisationPreview, OrganisationRefusal } from './OrganisationImport';
import { prerenderedValue } from './prerendered';

// A function, so the words follow a change of language while the message is on screen.
type Message = { text: () => string; error?: boolean };

/** The 25 Veilig Thuis regions, for the region choice; the form works without them. */
function useRegions() {
  const [regions, setRegions] = useState<VeiligThuisRegion[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadDirectory().then((d) => live && setRegions([...d.regions].sort((a, b) => a.name.localeCompare(b.name, 'nl'))), () => live && setFailed(true));
    return () => { live = false; };
  }, []);
  return { regions, failed };
}

/** What the form starts with: the saved profile, or what a visitor typed on the prerendered page. */
function firstDraft(saved: OrganisationProfile | null): OrganisationProfile {
  if (saved) return saved;
  return Object.fromEntries(FIELDS.map((f) => [f, prerenderedValue(`#org-${f}`) ?? ''])) as unknown as OrganisationProfile;
}

/** A link that arrived (`/organisatie/#profiel=…`): its payload, taken out of the address at once
 * so it does not linger in the address bar, the history or a bookmark. */
function takeLinkPayload(): string | null {
  const payload = linkPayload(location.hash);
  if (payload !== null) history.replaceState(history.state, '', location.pathname + location.search);
  return payload;
}

/**
 * 'Mijn organisatie': the user's own organisation, its aandachtsfunctionaris and its meldcode,
 * kept on this device (not case data) and shared with colleagues as a file or a link. The first
 * render (prerendered, no storage) shows the heading and the explanation; the rest follows.
 */
export function OrganisationScreen(_: { lang: Locale }) {
  const [saved, setSaved] = useState<OrganisationProfile | null>(() => readProfile());
  const [draft, setDraft] = useState<OrganisationProfile>(() => firstDraft(saved));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<Message | null>(null);
  const [incoming, setIncoming] = useState<{ from: 'link' | 'file'; payload: string; size: number } | null>(null);
  const [preview, setPreview] = useState<OrganisationProfile | null>(null);
  const [refusal, setRefusal] = useState<ImportError | 'unreadable' | null>(null);
  const { regions, failed } = useRegions();
  const known = regions?.map((r) => r.code);

  // A shared link: read on arrival and whenever the fragment changes on this screen.
  useEffect(() => {
    const arrive = () => {
      const payload = takeLinkPayload();
      if (payload !== null) setIncoming({ from: 'link', payload, size: payload.length });
    };
    arrive();
    addEventListener('hashchange', arrive);
    return () => removeEventListener('hashchange', arrive);
  }, []);

  // Checked once the region list is there (or could not load): a region it does not know is refused.
  useEffect(() => {
    if (!incoming || (!regions && !failed)) return;
    const result = incoming.from === 'link' ? parseLinkPayload(incoming.payload, known) : parseFile(incoming.payload, incoming.size, known);
    setIncoming(null);
    setMessage(null);
    if (result.ok) {
      setRefusal(null);
      setPreview(result.profile);
    } else {
      setPreview(null);
      setRefusal(result.error);
    }
  }, [incoming, regions, failed]);

  useEffect(() => {
    if (preview || refusal) document.getElementById(preview ? 'org-preview-box' : 'org-refusal')?.scrollIntoView();
  }, [preview, refusal]);

  const keep = (profile: OrganisationProfile, done: Message) => {
    const stored = saveProfile(profile);
    setSaved(profile);
    setDraft(profile);
    setErrors([]);
    setMessage(stored ? done : { text: () => t('org.saveFailed'), error: true });
  };

  const save = () => {
    const found = validate(draft, known);
    setErrors(found);
    setMessage(null);
    if (found.length === 0) keep(tidy(draft), { text: () => t('org.saved') });
  };

  const chooseFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    setPreview(null);
    setRefusal(null);
    if (!file) return;
    // Too large is refused by its size, before a byte is read.
    const tooLarge = fileTooLarge(file.size);
    if (tooLarge) return setRefusal(tooLarge);
    try {
      setIncoming({ from: 'file', payload: await file.text(), size: file.size });
    } catch {
      setRefusal('unreadable');
    }
  };

  const link = saved ? profileLink(saved, new URL(href({ name: 'organisation' }), location.href).href) : '';
  const copy = () => navigator.clipboard.writeText(link).then(() => setMessage({ text: () => t('org.copied') }), () => setMessage({ text: () => t('org.copyFailed'), error: true }));
  const downloadFile = () => {
    if (!saved) return;
    try {
      download(new Blob([serialise(saved)], { type: 'application/json' }), PROFILE_FILE_NAME);
      setMessage({ text: () => t('org.downloaded') });
    } catch {
      setMessage({ text: () => t('org.downloadFailed'), error: true });
    }
  };
  const regionName = (code: string) => regions?.find((r) => r.code === code)?.name ?? code;

  return (
    <>
      <p class="eyebrow">{t('local.eyebrow')}</p>
      <Heading>{t('org.title')}</Heading>
      <p class="lead">{t('org.intro')}</p>
      <p>{t('org.device')}</p>

      {refusal && <OrganisationRefusal error={refusal} />}
      {preview && (
        <OrganisationPreview
          next={preview}
          current={saved}
          regionName={regionName}
          onImport={() => { keep(preview, { text: () => t('org.imported') }); setPreview(null); }}
          onCancel={() => { setPreview(null); setMessage({ text: () => t('org.importCancelled') }); }}
        />
      )}
      <p role="status" class={message?.error ? 'error' : undefined}>{message ? message.text() : ''}</p>

      <OrganisationForm
        draft={draft}
        errors={errors}
        regions={regions}
        regionsFailed={failed}
        onChange={(field: ProfileField, value: string) => setDraft((d) => ({ ...d, [field]: value }))}
        onSave={save}
      />

      <section aria-labelledby="org-share">
        <h2 id="org-share">{t('org.shareTitle')}</h2>
        <p>{t('org.shareText')}</p>
        {saved ? (
          <>
            <div class="actions">
              <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={downloadFile}>{t('org.download')}</button>
              <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => void copy()}>{t('org.copyLink')}</button>
            </div>
            <label for="org-link" class="utrecht-form-label field-label">{t('org.linkLabel')}</label>
            <p id="org-link-hint" class="utrecht-form-field-description">{t('org.shareLinkNote')}</p>
            <input id="org-link" type="text" readOnly class="utrecht-textbox utrecht-textbox--html-input" aria-describedby="org-link-hint" value={link} onFocus={(e) => e.currentTarget.select()} />
          </>
        ) : <p class="small">{t('org.saveFirst')}</p>}
      </section>

      <section aria-labelledby="org-import">
        <h2 id="org-import">{t('org.importTitle')}</h2>
        <p>{t('org.importText')}</p>
        <label for="org-file" class="utrecht-form-label field-label">{t('org.importFile')}</label>
        <input id="org-file" class="file-input" type="file" accept=".json,application/json" onChange={(e) => void chooseFile(e.currentTarget)} />
      </section>

      {saved && (
        <section aria-labelledby="org-clear">
          <h2 id="org-clear">{t('org.clearTitle')}</h2>
          <div class="actions">
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              onClick={() => {
                const cleared = clearProfile();
                setSaved(null);
                setDraft(EMPTY_PROFILE);
                setErrors([]);
                setMessage(cleared ? { text: () => t('org.cleared') } : { text: () => t('org.saveFailed'), error: true });
              }}
            >
              {t('org.clear')}
            </button>
          </div>
        </section>
      )}
    </>
  );
}
