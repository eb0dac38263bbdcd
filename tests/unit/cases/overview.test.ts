import { expect, test } from 'vitest';
import { applyKaderEvent } from '../../../src/cases/edit';
import { setReason, setStepNotes, toggleChecked } from '../../../src/cases/fields';
import { caseTasks } from '../../../src/cases/overview';
import { caseWalk, doneSteps } from '../../../src/cases/walk';
import { position } from '../../../src/meldcode/engine';
import { newCase } from '../../../src/storage/restore';
import { compiledAlgemeen } from '../../helpers/packs';
import type { Case } from '../../../src/cases/types';

const pack = compiledAlgemeen();
const tasks = (c: Case) => {
  const walk = caseWalk(pack, c);
  const pos = position(pack.kader, walk.kader);
  return caseTasks(pack, c, doneSteps(pack, walk, pos), pos);
};
const blank = () => newCase({ id: 'o1', label: 'O', packId: 'algemeen', packVersion: pack.version, now: '2026-11-20T10:00:00.000Z' });
const answer = (c: Case, node: string, a: string) => applyKaderEvent(c, pack, { type: 'answer', node, answer: a }, '2026-11-21T09:30:00.000Z');

test('a new case: every task not begun', () => {
  expect(tasks(blank())).toEqual({ steps: { 1: 'todo', 2: 'todo', 3: 'todo', 4: 'todo', 5: 'todo' }, kader: 'todo' });
});

test('notes or ticks make a step busy; marking it done makes it done', () => {
  let c = toggleChecked(setStepNotes(blank(), 1, 'Blauwe plek'), 2, 'x');
  expect(tasks(c).steps).toMatchObject({ 1: 'busy', 2: 'busy', 3: 'todo' });
  c = { ...c, done: [1] };
  expect(tasks(c).steps).toMatchObject({ 1: 'done', 2: 'busy' });
});

test('one answer makes the afwegingskader and its step busy; an outcome makes both done', () => {
  let c = answer(blank(), 'a1', 'ja');
  expect(tasks(c).kader).toBe('busy');
  expect(tasks(c).steps[pack.kaderStep]).toBe('busy');
  c = answer(answer(c, 'a2', 'nee'), 'a3', 'nee');
  expect(position(pack.kader, caseWalk(pack, c).kader).finished).toBe(true);
  expect(tasks(c).kader).toBe('done');
  expect(tasks(c).steps[pack.kaderStep]).toBe('done');
});

test('the reasoning in own words alone makes the afwegingskader busy', () => {
  expect(tasks(setReason(blank(), 'Nog twijfel')).kader).toBe('busy');
});
