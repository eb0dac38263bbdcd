import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { version } from '../../package.json';
import { initI18n } from '../../src/i18n';
import nlInfo from '../../src/i18n/locales/nl.info.json';
import nlPack from '../../src/i18n/locales/nl.pack.json';
import { ContentStatus } from '../../src/ui/ContentStatus';
import { InfoScreen } from '../../src/ui/InfoScreen';
import { PhaseBanner } from '../../src/ui/PhaseBanner';

afterEach(cleanup);
const i18n = () => initI18n('nl', { strict: true, resources: { nl: { ...nlInfo, ...nlPack } } });
const packs = [{ id: 'algemeen', version: '1', beroepsgroep: 'algemeen', locales: ['nl'], title: { nl: 'Algemeen', en: 'General' }, description: { nl: '', en: '' } }] as never;

test('the about page names the maintainer and the version, says what the app is not, and links to each pack’s review points', () => {
  i18n();
  render(<InfoScreen page="about" packs={packs} lang="nl" />);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Over Meldwijzer');
  expect(document.body.textContent).toContain('het Meldwijzer-team');
  expect(document.body.textContent).toContain(`Versie van de app: ${version}`);
  expect(document.body.textContent).toContain('Meldwijzer beslist niets voor je');
  expect(document.body.textContent).toContain('geen score');
  expect(screen.getByRole('link', { name: 'Bronnen en controlepunten van Algemeen' }).getAttribute('href')).toBe('/algemeen/#controlepunten');
});

test('the privacy and accessibility statements are screens of their own; problems go through the organisation, no invented address', () => {
  i18n();
  render(<InfoScreen page="privacy" packs={packs} lang="nl" />);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Privacyverklaring');
  expect(screen.getByRole('link', { name: 'Naar Gegevens, back-up en privacy' }).getAttribute('href')).toBe('/gegevens/');
  cleanup();
  render(<InfoScreen page="accessibility" packs={packs} lang="nl" />);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Toegankelijkheidsverklaring');
  expect(document.body.textContent).toContain('WCAG 2.2 niveau AA');
  expect(document.body.textContent).toContain('via de organisatie die Meldwijzer aanbiedt');
  expect(document.body.textContent).not.toMatch(/@/);
});

test('the phase banner shows only while review points are open, and links to them', () => {
  i18n();
  const { container, rerender } = render(<PhaseBanner packId="algemeen" open={3} />);
  expect(container.textContent).toMatch(/^Concept — inhoud wordt nog gecontroleerd door een deskundige/);
  // On a phone one line: the dash and who checks it are hidden there, not left out.
  expect([...container.querySelectorAll('.phase-more')].map((e) => e.textContent)).toEqual([' —', ' door een deskundige']);
  expect(screen.getByRole('link', { name: /^inhoud wordt nog gecontroleerd door een deskundige ?, bekijk de 3 controlepunten$/ }).getAttribute('href')).toBe('/algemeen/#controlepunten');
  rerender(<PhaseBanner packId="algemeen" open={0} />);
  expect(container.textContent).toBe('');
});

test('the review points the banner links to are open on the pack page, not folded away', () => {
  i18n();
  render(<ContentStatus version="1" reviewed="2026-11-01" review={['Punt A']} defaultLocale="nl" lang="nl" />);
  const heading = document.getElementById('controlepunten')!;
  expect(heading.tagName).toBe('H3');
  expect(screen.getByText('Punt A')).toBeTruthy();
  expect(document.querySelector('details')).toBeNull();
});
