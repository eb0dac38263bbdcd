import type { StepNumber } from '../meldcode/types';
import type { Case, Consultation, Conversation, Decisions } from './types';

// Small immutable edits of a case's fields, one per form control: each returns a new Case and
// leaves the old one untouched, so the autosave can compare, retry or keep both after a conflict.

export function setStepNotes(c: Case, step: StepNumber, notes: string): Case {
  return { ...c, steps: { ...c.steps, [step]: { ...c.steps[step], notes } } };
}

export function toggleChecked(c: Case, step: StepNumber, key: string): Case {
  const checked = c.steps[step].checked;
  const next = checked.includes(key) ? checked.filter((k) => k !== key) : [...checked, key];
  return { ...c, steps: { ...c.steps, [step]: { ...c.steps[step], checked: next } } };
}

export function addConsultation(c: Case, consultation: Consultation): Case {
  return { ...c, consultations: [...c.consultations, consultation] };
}

export function updateConsultation(c: Case, id: string, patch: Partial<Omit<Consultation, 'id'>>): Case {
  return { ...c, consultations: c.consultations.map((k) => (k.id === id ? { ...k, ...patch } : k)) };
}

export function removeConsultation(c: Case, id: string): Case {
  return { ...c, consultations: c.consultations.filter((k) => k.id !== id) };
}

export function setConversation(c: Case, patch: Partial<Conversation>): Case {
  return { ...c, conversation: { ...c.conversation, ...patch } };
}

export function setDecisions(c: Case, patch: Partial<Decisions>): Case {
  return { ...c, decisions: { ...c.decisions, ...patch } };
}

export function setReason(c: Case, reason: string): Case {
  return { ...c, kader: { ...c.kader, reason } };
}

export function setCaseFields(c: Case, patch: Partial<Pick<Case, 'status' | 'followUp' | 'label'>>): Case {
  return { ...c, ...patch };
}

/** The stop after 'hulp bieden of organiseren': the agreed date on which afweging 5 checks
 * whether the help works becomes the case's follow-up date, and the help is under way. */
export function startHulp(c: Case, afweging5: string): Case {
  return { ...c, followUp: afweging5, status: 'hulp-loopt' };
}

/** 'Gemeld op … bij …': a melding recorded on the outcome screen. */
export function setMelding(c: Case, patch: Partial<Pick<Decisions, 'meldAt' | 'meldTo'>>): Case {
  return setDecisions(c, patch);
}
