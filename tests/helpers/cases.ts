import type { Case } from '../../src/cases/types';
import { newCase } from '../../src/storage/restore';

/** A blank case of the Algemeen pack, created at a fixed time. */
export const aCase = (id: string, label = id.toUpperCase()): Case => newCase({ id, label, packId: 'algemeen', packVersion: '2026-11', now: '2026-11-01T08:00:00.000Z' });
export const withNotes = (c: Case, notes: string): Case => ({ ...c, steps: { ...c.steps, 1: { notes, checked: [] } } });
