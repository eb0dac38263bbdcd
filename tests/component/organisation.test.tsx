import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import directoryData from '../../content/veilig-thuis/directory.json';
import { readRegion } from '../../src/organisation/region';
import { setLanguage } from '../../src/i18n';
import { download } from '../../src/ui/download';
import { profileLink, toBase64Url, type OrganisationProfile } from '../../src/organisation/profile';
import { readProfile, saveProfile } from '../../src/organisation/store';
import { OrganisationCard } from '../../src/ui/OrganisationCard';
import { OrganisationScreen } from '../../src/ui/OrganisationScreen';

const directory = JSON.stringify(directoryData);
const anna: OrganisationProfile = {
  name: 'Basisschool De Regenboog', contactName: 'Anna de Vries', phone: '071 123 45 67', email: '',
  meldcodeUrl: 'https://intranet.regenboog.example/meldcode', region: 'VT10',
};
const fileText = (fields: Record<string, unknown>) => JSON.stringify({ meldwijzer: 'organisatie', format: 1, ...fields });

// The browser's download, caught: the test reads the file the app hands over.
vi.mock('../../src/ui/download', () => ({ download: vi.fn() }));

beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(directory)));
  history.replaceState(null, '', '/organisatie/');
});

const field = (name: RegExp) => screen.getByLabelText(name) as HTMLInputElement;
const type = (name: RegExp, value: string) => fireEvent.input(field(name), { target: { value } });
const regionsLoaded = () => waitFor(() => expect(screen.getByRole('option', { name: 'Veilig Thuis Hollands Midden' })).toBeTruthy());

async function chooseFile(content: string | File) {
  const file = typeof content === 'string' ? new File([content], 'meldwijzer-organisatie.json', { type: 'application/json' }) : content;
  const input = screen.getByLabelText('Bestand met de gegevens van je organisatie') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('the form', () => {
  test('without a profile: heading and explanation, an empty form, nothing to share yet', async () => {
    render(<OrganisationScreen lang="nl" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Mijn organisatie');
    expect(document.body.textContent).toContain('aandachtsfunctionaris van je eigen organisatie');
    expect(document.body.textContent).toContain('Het zijn geen gegevens over een casus');
    expect(field(/^Naam van je organisatie/).value).toBe('');
    expect(screen.getByText('Sla de gegevens eerst op, dan kun je ze delen.')).toBeTruthy();
    await regionsLoaded();
    expect(screen.getAllByRole('option')).toHaveLength(26); // none + 25 regions
  });

  test('save: errors in a summary and at each field, nothing stored', async () => {
    render(<OrganisationScreen lang="nl" />);
    await regionsLoaded();
    type(/^Telefoonnummer/, 'bel mij');
    type(/^Link naar de meldcode/, 'javascript:alert(1)');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Vul de naam van je organisatie in',
      'Telefoonnummer van de aandachtsfunctionaris: gebruik alleen cijfers, spaties en + - ( )',
      'Link naar de meldcode van je organisatie: vul een webadres in dat begint met https:// of http://',
    ]);
    expect(field(/^Telefoonnummer/).getAttribute('aria-invalid')).toBe('true');
    expect(field(/^Telefoonnummer/).getAttribute('aria-describedby')).toContain('org-phone-error');
    expect(localStorage.getItem('meldwijzer.organisation')).toBeNull();
  });

  test('save: the profile is kept, the region setting follows, and a link and file are offered', async () => {
    render(<OrganisationScreen lang="nl" />);
    await regionsLoaded();
    type(/^Naam van je organisatie/, anna.name);
    type(/^Aandachtsfunctionaris/, anna.contactName);
    type(/^Telefoonnummer/, anna.phone);
    type(/^Link naar de meldcode/, anna.meldcodeUrl);
    fireEvent.change(screen.getByLabelText(/^Veilig Thuis-regio/), { target: { value: 'VT10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByText('Opgeslagen op dit apparaat.')).toBeTruthy();
    expect(readProfile()).toEqual(anna);
    expect(readRegion()).toBe('VT10');
    const link = (screen.getByLabelText('Link voor je collega\'s') as HTMLInputElement).value;
    expect(new URL(link).pathname).toBe('/organisatie/');
    expect(new URL(link).hash).toMatch(/^#profiel=[A-Za-z0-9_-]+$/);
    expect(screen.getByRole('button', { name: 'Download als bestand' })).toBeTruthy();
  });

  test('the downloaded file is the one a colleague imports', async () => {
    saveProfile(anna);
    render(<OrganisationScreen lang="nl" />);
    fireEvent.click(screen.getByRole('button', { name: 'Download als bestand' }));
    expect(screen.getByText(/Het bestand staat in je downloads/)).toBeTruthy();
    const [blob, name] = vi.mocked(download).mock.calls.at(-1)!;
    expect(name).toBe('meldwijzer-organisatie.json');
    expect(blob.size).toBeLessThan(1024);
    const text = await blob.text();
    expect(JSON.parse(text)).toMatchObject({ meldwijzer: 'organisatie', format: 1, name: anna.name });
    localStorage.clear();
    await chooseFile(text);
    fireEvent.click(await screen.findByRole('button', { name: 'Overnemen' }));
    expect(readProfile()).toEqual(anna);
  });

  test('in English', async () => {
    await setLanguage('en');
    saveProfile(anna);
    render(<><OrganisationScreen lang="en" /><OrganisationCard /></>);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('My organisation');
    expect(screen.getByText('Consult your aandachtsfunctionaris first.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Call Anna de Vries' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeTruthy();
  });

  test('storage blocked: says so, keeps the profile for this page', async () => {
    const blocked = () => { throw new DOMException('blocked', 'SecurityError'); };
    vi.stubGlobal('localStorage', { getItem: () => null, setItem: blocked, removeItem: blocked, clear: () => undefined });
    render(<OrganisationScreen lang="nl" />);
    type(/^Naam van je organisatie/, 'X');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByText(/staat niet toe dat Meldwijzer dit bewaart/)).toBeTruthy();
    // Kept for this page: the share link is there.
    expect((screen.getByLabelText('Link voor je collega\'s') as HTMLInputElement).value).toContain('#profiel=');
  });

  test('clear: the profile goes, the form is empty', async () => {
    saveProfile(anna);
    render(<OrganisationScreen lang="nl" />);
    expect(field(/^Naam van je organisatie/).value).toBe(anna.name);
    fireEvent.click(screen.getByRole('button', { name: 'Wis de gegevens van je organisatie' }));
    expect(readProfile()).toBeNull();
    expect(field(/^Naam van je organisatie/).value).toBe('');
  });
});

describe('import from a file', () => {
  test('a preview says what will be set and what it replaces; Import keeps it', async () => {
    saveProfile({ ...anna, name: 'Oude naam', contactName: 'Piet' });
    render(<OrganisationScreen lang="nl" />);
    await regionsLoaded();
    await chooseFile(fileText({ name: anna.name, contactName: anna.contactName, phone: anna.phone, region: 'VT10' }));
    const preview = await screen.findByRole('region', { name: 'Wil je dit overnemen?' });
    expect(preview.textContent).toContain(`Nieuw: ${anna.name}`);
    expect(preview.textContent).toContain('Nu op dit apparaat: Oude naam');
    expect(preview.textContent).toContain('Nieuw: Veilig Thuis Hollands Midden');
    expect(readProfile()!.name).toBe('Oude naam');
    fireEvent.click(within(preview).getByRole('button', { name: 'Overnemen' }));
    expect(readProfile()).toEqual({ ...anna, meldcodeUrl: '' });
    expect(screen.getByText('Overgenomen. Je ziet het nu in stap 2.')).toBeTruthy();
  });

  test('Cancel imports nothing', async () => {
    render(<OrganisationScreen lang="nl" />);
    await chooseFile(fileText({ name: anna.name }));
    fireEvent.click(await screen.findByRole('button', { name: 'Annuleren' }));
    expect(readProfile()).toBeNull();
    expect(screen.getByText('Niets overgenomen.')).toBeTruthy();
  });

  test('malformed: not JSON, another file, wrong types → a clear message, nothing imported', async () => {
    render(<OrganisationScreen lang="nl" />);
    for (const bad of ['not json {', '{"meldwijzer":"backup","cases":[]}', fileText({ name: 7 })]) {
      await chooseFile(bad);
      const alert = await screen.findByRole('alert');
      expect(alert.textContent, bad).toContain('Dit is geen geldig bestand of geldige link');
      expect(screen.queryByRole('button', { name: 'Overnemen' })).toBeNull();
    }
    expect(readProfile()).toBeNull();
  });

  test('too large: refused by its size, never read', async () => {
    render(<OrganisationScreen lang="nl" />);
    const big = new File(['x'.repeat(17 * 1024)], 'big.json');
    const read = vi.spyOn(big, 'text');
    await chooseFile(big);
    expect((await screen.findByRole('alert')).textContent).toContain('Dit is te groot');
    expect(read).not.toHaveBeenCalled();
    expect(readProfile()).toBeNull();
  });

  test('markup: the message names the field and shows the text as inert text', async () => {
    render(<OrganisationScreen lang="nl" />);
    await chooseFile(fileText({ name: 'School', contactName: '<img src=x onerror="alert(1)">' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Aandachtsfunctionaris bevat tekens voor opmaak of code');
    expect(alert.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(document.querySelector('img')).toBeNull();
    expect(readProfile()).toBeNull();
  });

  test('invalid fields: each named, nothing imported', async () => {
    render(<OrganisationScreen lang="nl" />);
    await regionsLoaded();
    await chooseFile(fileText({ name: 'School', meldcodeUrl: 'javascript:alert(1)', region: 'VT99' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Link naar de meldcode van je organisatie: vul een webadres in dat begint met https:// of http://',
      'Veilig Thuis-regio van je organisatie: kies een regio uit de lijst',
    ]);
    expect(readProfile()).toBeNull();
  });
});

describe('import from a link', () => {
  test('the fragment is read, removed from the address at once, and previewed', async () => {
    const link = profileLink(anna, 'http://localhost:3000/organisatie/');
    history.replaceState(null, '', new URL(link).pathname + new URL(link).hash);
    render(<OrganisationScreen lang="nl" />);
    expect(location.hash).toBe('');
    expect(location.pathname).toBe('/organisatie/');
    const preview = await screen.findByRole('region', { name: 'Wil je dit overnemen?' });
    expect(preview.textContent).toContain('Er staan nog geen gegevens van je organisatie op dit apparaat.');
    expect(preview.textContent).toContain('Nieuw: Anna de Vries');
    fireEvent.click(within(preview).getByRole('button', { name: 'Overnemen' }));
    expect(readProfile()).toEqual(anna);
    expect(readRegion()).toBe('VT10');
  });

  test('a malformed, too large or markup link: a message, nothing imported, the fragment gone', async () => {
    const cases: [string, string][] = [
      ['not*base64', 'Dit is geen geldig bestand of geldige link'],
      [toBase64Url('{"meldwijzer":"organisatie"'), 'Dit is geen geldig bestand of geldige link'],
      ['A'.repeat(5000), 'Dit is te groot'],
      [toBase64Url(fileText({ name: '<script>alert(1)</script>' })), 'Naam van je organisatie bevat tekens voor opmaak of code'],
    ];
    for (const [payload, text] of cases) {
      history.replaceState(null, '', `/organisatie/#profiel=${payload}`);
      const { unmount } = render(<OrganisationScreen lang="nl" />);
      expect(location.hash).toBe('');
      expect((await screen.findByRole('alert')).textContent, payload.slice(0, 30)).toContain(text);
      expect(document.querySelector('script')).toBeNull();
      expect(readProfile()).toBeNull();
      unmount();
    }
  });

  test('a link opened while on the screen (the fragment changes) is previewed too', async () => {
    render(<OrganisationScreen lang="nl" />);
    location.hash = new URL(profileLink(anna, 'http://localhost:3000/organisatie/')).hash;
    dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await screen.findByRole('region', { name: 'Wil je dit overnemen?' })).toBeTruthy();
    expect(location.hash).toBe('');
  });
});

describe('the card in step 2 and on the call sheet', () => {
  test('without a profile: one line inviting to record it', () => {
    render(<OrganisationCard />);
    expect(document.body.textContent).toBe('Wie is jouw aandachtsfunctionaris? Leg je organisatie vast');
    expect(screen.getByRole('link', { name: 'Leg je organisatie vast' }).getAttribute('href')).toBe('/organisatie/');
  });

  test('with a profile: name, aandachtsfunctionaris with tap-to-call, own meldcode in a new window', () => {
    saveProfile(anna);
    render(<OrganisationCard />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(anna.name);
    const call = screen.getByRole('link', { name: 'Bel Anna de Vries' });
    expect(call.getAttribute('href')).toBe('tel:0711234567');
    expect(call.textContent).toBe(anna.phone);
    const meldcode = screen.getByRole('link', { name: /Meldcode van Basisschool De Regenboog/ });
    expect(meldcode.getAttribute('href')).toBe(anna.meldcodeUrl);
    expect(meldcode.getAttribute('target')).toBe('_blank');
    expect(meldcode.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('compact (call sheet): no heading, no edit link; follows a change made elsewhere', () => {
    render(<OrganisationCard compact />);
    expect(screen.queryByRole('link', { name: 'Bel Anna de Vries' })).toBeNull();
    saveProfile(anna);
    return waitFor(() => {
      expect(screen.getByRole('link', { name: 'Bel Anna de Vries' })).toBeTruthy();
      expect(screen.queryByRole('heading')).toBeNull();
      expect(screen.queryByRole('link', { name: 'Wijzig de gegevens van je organisatie' })).toBeNull();
    });
  });
});
