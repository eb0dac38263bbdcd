import { describe, expect, test } from 'vitest';
import { MAX_LABEL, MAX_TEXT, newCase, normaliseCase } from '../../../src/storage/restore';

const base = { id: 'c1', packId: 'algemeen' };

describe('normaliseCase', () => {
  test.each([
    ['null', null],
    ['an array', [base]],
    ['a string', 'c1'],
    ['a record without an id', { packId: 'algemeen' }],
    ['a record with a numeric id', { id: 7, packId: 'algemeen' }],
    ['a record without a packId', { id: 'c1' }],
    ['a record with an empty id', { id: '', packId: 'algemeen' }],
  ])('gives null for %s', (_name, raw) => {
    expect(normaliseCase(raw)).toBeNull();
  });

  test('fills every missing field of a bare record with its default', () => {
    expect(normaliseCase(base)).toMatchInlineSnapshot(`
      {
        "consultations": [],
        "conversation": {
          "date": "",
          "held": "",
          "notes": "",
          "skipReason": "",
        },
        "createdAt": "",
        "decisions": {
          "hulp": "",
          "hulpWhat": "",
          "meldAt": "",
          "meldDate": "",
          "meldTo": "",
          "melden": "",
          "notes": "",
        },
        "done": [],
        "followUp": "",
        "id": "c1",
        "kader": {
          "answeredAt": {},
          "reason": "",
          "state": {
            "moves": [],
            "start": "",
          },
        },
        "label": "",
        "packId": "algemeen",
        "packVersion": "",
        "revision": 1,
        "routes": {},
        "status": "open",
        "steps": {
          "1": {
            "checked": [],
            "notes": "",
          },
          "2": {
            "checked": [],
            "notes": "",
          },
          "3": {
            "checked": [],
            "notes": "",
          },
          "4": {
            "checked": [],
            "notes": "",
          },
          "5": {
            "checked": [],
            "notes": "",
          },
        },
        "updatedAt": "",
      }
    `);
  });

  test('drops wrong types and unknown values to their defaults', () => {
    const c = normaliseCase({
      ...base,
      label: 42,
      revision: 0,
      status: 'gesloten',
      followUp: '2026-02-30',
      done: [1, '2', 3, 3, 9, 0],
      createdAt: 'gisteren',
      updatedAt: '2026-11-01T10:00:00+01:00',
      steps: { 2: { notes: ['niet', 'tekst'], checked: ['todo.1', 5, 'todo.1'] }, 6: { notes: 'stap zes bestaat niet' } },
      consultations: [{ kind: 'buurvrouw', advice: 'x' }, { kind: 'veilig-thuis', date: '1-2-2026', advice: 'Melden.' }, 'kapot'],
      conversation: { held: 'misschien', date: '2026-03-04', notes: null },
      decisions: { melden: true, hulp: 'nee', meldDate: 20260101 },
      kader: { state: { start: 5, moves: [{ node: 'a1', answer: 'ja' }, { answer: 'nee' }, { node: 'a3', answer: 'ja' }] }, answeredAt: { a1: 'nooit', a2: '2026-11-01T09:00:00.000Z' }, outcome: { node: 'x', code: 'bellen', at: '' } },
      secret: 'dropped',
    });
    expect(c).toMatchObject({
      label: '',
      revision: 1,
      status: 'open',
      followUp: '',
      done: [1, 3],
      // An unreadable time takes the other one; offsets become UTC so times sort as text.
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-01T09:00:00.000Z',
      // A tick by position (database version 1) is the item id now.
      steps: { 2: { notes: '', checked: ['uitleg-toetsen'] } },
      conversation: { held: '', date: '2026-03-04', notes: '', skipReason: '' },
      decisions: { melden: '', hulp: 'nee', meldDate: '' },
      // Moves stop at the first unreadable one: later answers depend on it.
      kader: { state: { start: '', moves: [{ node: 'a1', answer: 'ja' }] }, answeredAt: { a2: '2026-11-01T09:00:00.000Z' } },
    });
    expect(c?.consultations).toEqual([{ id: expect.any(String), kind: 'veilig-thuis', date: '', time: '', advice: 'Melden.' }]);
    expect(c?.kader).not.toHaveProperty('outcome');
    expect(c?.steps).not.toHaveProperty('6');
    expect(c).not.toHaveProperty('secret');
  });

  test('does not guess a start node of any pack for an unreadable start: the pack decides when the case is opened', () => {
    for (const start of [5, '', null, 'x'.repeat(101)]) {
      expect(normaliseCase({ ...base, kader: { state: { start, moves: [{ node: 'a1', answer: 'ja' }] } } })?.kader.state).toEqual({ start: '', moves: [{ node: 'a1', answer: 'ja' }] });
    }
  });

  test('keeps a valid outcome, with only real meldnormen', () => {
    const kader = { outcome: { node: 'melden', code: 'melden', meldnormen: [1, 4, '2'], at: '2026-11-01T09:00:00.000Z' } };
    expect(normaliseCase({ ...base, kader })?.kader.outcome).toEqual({ node: 'melden', code: 'melden', meldnormen: [1], at: '2026-11-01T09:00:00.000Z' });
  });

  test('keeps HTML and script as the plain text it is', () => {
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script> & &amp;';
    const c = normaliseCase({ ...base, label: '<b>AB</b>', steps: { 1: { notes: html } }, decisions: { notes: html } });
    expect(c?.label).toBe('<b>AB</b>');
    expect(c?.steps[1].notes).toBe(html);
    expect(c?.decisions.notes).toBe(html);
  });

  test('caps text at 100,000 characters and the label at 80, without splitting an emoji', () => {
    const c = normaliseCase({ ...base, label: 'a'.repeat(79) + '😀', steps: { 3: { notes: 'n'.repeat(MAX_TEXT + 5) } } });
    expect(c?.label).toBe('a'.repeat(79));
    expect(c?.steps[3].notes).toHaveLength(MAX_TEXT);
    expect(MAX_LABEL).toBe(80);
  });
});

describe('newCase', () => {
  test('makes an empty open case at revision 1 that normalises to itself', () => {
    const c = newCase({ label: 'AB', packId: 'algemeen', packVersion: '2026-11', now: new Date('2026-11-01T08:00:00Z') });
    expect(c).toMatchObject({ label: 'AB', status: 'open', revision: 1, createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-01T08:00:00.000Z' });
    expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(normaliseCase(c)).toEqual(c);
  });
});
