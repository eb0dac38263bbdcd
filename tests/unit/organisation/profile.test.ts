import { describe, expect, test } from 'vitest';
import {
  EMPTY_PROFILE, MAX_FILE_BYTES, MAX_LINK_PAYLOAD, fileTooLarge, fromBase64Url, linkPayload, parseFile, parseLinkPayload,
  profileLink, serialise, telHref, toBase64Url, validate, type OrganisationProfile,
} from '../../../src/organisation/profile';

const KNOWN = ['VT01', 'VT09', 'VT10', 'VT20', 'VT25'];
const profile: OrganisationProfile = {
  name: 'Basisschool De Regenboog', contactName: 'Anna de Vries', phone: '071 123 45 67', email: 'af@regenboog.example',
  meldcodeUrl: 'https://intranet.regenboog.example/meldcode', region: 'VT10',
};
const file = (fields: Record<string, unknown>) => JSON.stringify({ meldwijzer: 'organisatie', format: 1, ...fields });
const payloadOf = (link: string) => linkPayload(new URL(link).hash)!;

describe('validate', () => {
  test('a complete profile has no problems', () => {
    expect(validate(profile, KNOWN)).toEqual([]);
  });
  test('only the name is required', () => {
    expect(validate(EMPTY_PROFILE)).toEqual([{ field: 'name', problem: 'required' }]);
    expect(validate({ ...EMPTY_PROFILE, name: '  ' })).toEqual([{ field: 'name', problem: 'required' }]);
    expect(validate({ ...EMPTY_PROFILE, name: 'X' })).toEqual([]);
  });
  test('lengths are capped', () => {
    expect(validate({ ...profile, name: 'a'.repeat(101), contactName: 'b'.repeat(101) })).toEqual([
      { field: 'name', problem: 'tooLong' }, { field: 'contactName', problem: 'tooLong' },
    ]);
    expect(validate({ ...profile, name: 'a'.repeat(100) })).toEqual([]);
  });
  test('phone: digits, spaces, +, -, () only, 3 to 15 digits', () => {
    for (const ok of ['071-1234567', '+31 (0)71 123 4567', '4321', '088-308 3636']) expect(validate({ ...profile, phone: ok }), ok).toEqual([]);
    expect(validate({ ...profile, phone: '071 12a4' })).toEqual([{ field: 'phone', problem: 'phoneChars' }]);
    expect(validate({ ...profile, phone: 'tel:0711234' })).toEqual([{ field: 'phone', problem: 'phoneChars' }]);
    expect(validate({ ...profile, phone: '12' })).toEqual([{ field: 'phone', problem: 'phoneLength' }]);
    expect(validate({ ...profile, phone: '1234567890123456' })).toEqual([{ field: 'phone', problem: 'phoneLength' }]);
  });
  test('the meldcode link: http or https only', () => {
    expect(validate({ ...profile, meldcodeUrl: 'http://example.nl/meldcode' })).toEqual([]);
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.nl/', 'www.example.nl', 'https://']) {
      expect(validate({ ...profile, meldcodeUrl: bad }), bad).toEqual([{ field: 'meldcodeUrl', problem: 'url' }]);
    }
  });
  test('the e-mail address, when given, looks like one', () => {
    expect(validate({ ...profile, email: 'not an address' })).toEqual([{ field: 'email', problem: 'email' }]);
    expect(validate({ ...profile, email: '' })).toEqual([]);
  });
  test('region: a VT code that the directory knows, or none', () => {
    expect(validate({ ...profile, region: '' }, KNOWN)).toEqual([]);
    expect(validate({ ...profile, region: 'VT99' }, KNOWN)).toEqual([{ field: 'region', problem: 'region' }]);
    expect(validate({ ...profile, region: 'VT99' })).toEqual([]);
    expect(validate({ ...profile, region: 'Leiden' })).toEqual([{ field: 'region', problem: 'region' }]);
  });
  test('markup in any text field is refused', () => {
    expect(validate({ ...profile, contactName: '<b>Anna</b>' })).toEqual([{ field: 'contactName', problem: 'markup' }]);
    expect(validate({ ...profile, name: 'School > all' })).toEqual([{ field: 'name', problem: 'markup' }]);
  });
});

describe('serialise and parse', () => {
  test('a file round-trips, with its marker and format first and empty fields left out', () => {
    const text = serialise({ ...profile, email: '' });
    expect(text.startsWith('{"meldwijzer":"organisatie","format":1,')).toBe(true);
    expect(JSON.parse(text)).not.toHaveProperty('email');
    expect(parseFile(text, text.length, KNOWN)).toEqual({ ok: true, profile: { ...profile, email: '' } });
  });
  test('a link carries the profile in the fragment, never in the query, and round-trips', () => {
    const link = profileLink(profile, 'https://meldwijzer.example/organisatie/?utm=x');
    const url = new URL(link);
    expect(url.pathname).toBe('/organisatie/');
    expect(url.search).toBe('');
    expect(url.hash.startsWith('#profiel=')).toBe(true);
    expect(link).not.toContain('Anna');
    expect(parseLinkPayload(payloadOf(link), KNOWN)).toEqual({ ok: true, profile });
  });
  test('non-ASCII text survives the link (accents, Frisian)', () => {
    const p = { ...profile, name: 'Skoalle Súdwest-Fryslân — ëïé' };
    expect(parseLinkPayload(payloadOf(profileLink(p, 'https://x.example/organisatie/')))).toEqual({ ok: true, profile: p });
  });
  test('a fragment without a profile is not a payload', () => {
    expect(linkPayload('')).toBeNull();
    expect(linkPayload('#stap')).toBeNull();
    expect(linkPayload('#profiel=abc')).toBe('abc');
  });
  test('spaces around values are trimmed on import', () => {
    expect(parseFile(file({ name: '  School  ' }), 40)).toEqual({ ok: true, profile: { ...EMPTY_PROFILE, name: 'School' } });
  });
  test('tel: links keep digits and a leading +', () => {
    expect(telHref('+31 (0)71 123-4567')).toBe('tel:+310711234567');
    expect(telHref('071 123 45 67')).toBe('tel:0711234567');
  });
});

describe('bad input: malformed', () => {
  test('not base64url', () => {
    for (const bad of ['%3Cscript%3E', 'ab+c/d==', 'a', '!!!!']) expect(parseLinkPayload(bad), bad).toEqual({ ok: false, error: { kind: 'malformed', reason: 'base64' } });
    expect(fromBase64Url('/w')).toBeNull(); // not UTF-8
  });
  test('not JSON', () => {
    expect(parseLinkPayload(toBase64Url('hello'))).toEqual({ ok: false, error: { kind: 'malformed', reason: 'json' } });
    expect(parseFile('{"meldwijzer":', 14)).toEqual({ ok: false, error: { kind: 'malformed', reason: 'json' } });
    expect(parseLinkPayload('')).toEqual({ ok: false, error: { kind: 'malformed', reason: 'json' } });
  });
  test('the wrong marker: another file, a backup, an array', () => {
    for (const text of ['[]', 'null', '"x"', '{"meldwijzer":"backup","format":1,"name":"X"}', '{"name":"X"}']) {
      expect(parseFile(text, text.length), text).toEqual({ ok: false, error: { kind: 'malformed', reason: 'marker' } });
    }
  });
  test('an unknown format', () => {
    expect(parseFile(JSON.stringify({ meldwijzer: 'organisatie', format: 2, name: 'X' }), 60)).toEqual({ ok: false, error: { kind: 'malformed', reason: 'format' } });
    expect(parseFile(JSON.stringify({ meldwijzer: 'organisatie', format: '1', name: 'X' }), 60)).toEqual({ ok: false, error: { kind: 'malformed', reason: 'format' } });
  });
  test('wrong field types', () => {
    for (const fields of [{ name: 5 }, { name: 'X', phone: 712345 }, { name: ['X'] }, { name: 'X', contactName: { first: 'A' } }, { name: null }]) {
      const text = file(fields);
      expect(parseFile(text, text.length), text).toEqual({ ok: false, error: { kind: 'malformed', reason: 'types' } });
    }
  });
  test('no organisation name', () => {
    expect(parseFile(file({ contactName: 'A' }), 60)).toEqual({ ok: false, error: { kind: 'malformed', reason: 'missing' } });
  });
  test('fields that do not pass validation: each named', () => {
    const text = file({ name: 'X', phone: 'call me', meldcodeUrl: 'javascript:alert(1)', region: 'VT99' });
    expect(parseFile(text, text.length, KNOWN)).toEqual({
      ok: false,
      error: { kind: 'invalid', errors: [{ field: 'phone', problem: 'phoneChars' }, { field: 'meldcodeUrl', problem: 'url' }, { field: 'region', problem: 'region' }] },
    });
  });
  test('unknown extra fields are not imported', () => {
    const result = parseFile(file({ name: 'X', cases: ['secret'] }), 60);
    expect(result).toEqual({ ok: true, profile: { ...EMPTY_PROFILE, name: 'X' } });
  });
});

describe('bad input: too large', () => {
  test('a link payload over 4 KB is refused before it is decoded', () => {
    const big = 'A'.repeat(MAX_LINK_PAYLOAD + 1);
    expect(parseLinkPayload(big)).toEqual({ ok: false, error: { kind: 'tooLarge', size: MAX_LINK_PAYLOAD + 1, limit: MAX_LINK_PAYLOAD } });
    // Even when it would be valid: the cap comes first.
    const valid = toBase64Url(file({ name: 'X', padding: 'y'.repeat(4000) }));
    expect(parseLinkPayload(valid)).toMatchObject({ ok: false, error: { kind: 'tooLarge' } });
  });
  test('a file over 16 KB is refused by its size, before it is read', () => {
    expect(fileTooLarge(MAX_FILE_BYTES + 1)).toEqual({ kind: 'tooLarge', size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES });
    expect(fileTooLarge(MAX_FILE_BYTES)).toBeNull();
    expect(parseFile(file({ name: 'X' }), MAX_FILE_BYTES + 1)).toMatchObject({ ok: false, error: { kind: 'tooLarge' } });
    const long = file({ name: 'X', padding: 'y'.repeat(MAX_FILE_BYTES) });
    expect(parseFile(long, 10)).toMatchObject({ ok: false, error: { kind: 'tooLarge' } });
  });
});

describe('bad input: markup', () => {
  test('any < or > in a text field is refused, naming the field, with the text to show inert', () => {
    const text = file({ name: 'X', contactName: '<img src=x onerror=alert(1)>' });
    expect(parseFile(text, text.length)).toEqual({ ok: false, error: { kind: 'markup', field: 'contactName', text: '<img src=x onerror=alert(1)>' } });
    const link = toBase64Url(file({ name: 'School</title><script>alert(1)</script>' }));
    expect(parseLinkPayload(link)).toMatchObject({ ok: false, error: { kind: 'markup', field: 'name' } });
  });
  test('the offending text is cut short', () => {
    const text = file({ name: `<${'x'.repeat(500)}` });
    const result = parseFile(text, text.length);
    expect(!result.ok && result.error.kind === 'markup' && result.error.text.length).toBe(200);
  });
});
