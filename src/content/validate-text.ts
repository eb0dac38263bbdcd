import type { Kader } from '../meldcode/types';
import { describe, FileChecker, isRecord } from './errors';
import { STEP_NUMBERS, type PackText } from './schema';

/** The expected shape of a language file: '?' marks an optional text. */
export type Spec = 'text' | '?text' | 'list' | { [key: string]: Spec };

const STEP: Spec = { title: 'text', summary: 'text', todo: 'list', tips: 'list', record: 'list', pitfalls: 'list' };

/** The shape depends on the kader: every node needs wording, and only those nodes. An outcome
 * that an exit leads to also needs `offer`: the words beside the exit on the screens that offer it. */
export function textSpec(kader: Kader): Spec {
  const nodes: Record<string, Spec> = {};
  const exitTargets = new Set(Object.values(kader.nodes).flatMap((n) => (n.exits ?? []).map((e) => e.next)));
  for (const [id, node] of Object.entries(kader.nodes)) {
    nodes[id] = node.type === 'question'
      ? { label: 'text', question: 'text', explanation: 'list', answers: Object.fromEntries(node.answers.map((a) => [a.id, 'text' as Spec])) }
      : {
        title: 'text', text: 'text', why: 'text',
        withVeiligThuis: '?text', withVeiligThuisTitle: '?text', withVeiligThuisWhy: '?text',
        ...(exitTargets.has(id) ? { offer: 'text' as Spec } : {}),
      };
  }
  return {
    title: 'text',
    description: 'text',
    steps: Object.fromEntries(STEP_NUMBERS.map((n) => [String(n), STEP])),
    kader: { intro: 'text', nodes },
    meldnormen: { '1': 'text', '2': 'text', '3': 'text' },
  };
}

/**
 * Reads one language file against the spec. With `fallback` (the default language's text),
 * missing fields are filled from it and listed in `fellBack`; without it they are errors.
 */
export function readText<T = PackText>(raw: unknown, spec: Spec, c: FileChecker, fallback?: T, fellBack: string[] = []): T | undefined {
  const before = c.errors.length;
  const value = walk(raw, spec, '', c, fallback, fellBack);
  return c.errors.length === before ? (value as T) : undefined;
}

function walk(v: unknown, spec: Spec, at: string, c: FileChecker, fb: unknown, fellBack: string[]): unknown {
  const field = at || '(whole file)';
  if (typeof spec === 'string') {
    if (v === undefined || v === null) {
      if (fb !== undefined) {
        fellBack.push(at);
        return fb;
      }
      if (spec === '?text') return undefined;
      return c.fail(at, 'is missing', `add the ${spec === 'list' ? 'list' : 'text'} "${at.split('.').pop()}" (see content/README.md).`);
    }
    if (spec === 'list') {
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !x.trim())) {
        return c.fail(at, `expected a list of texts, got ${describe(v)}`, 'write each item on its own line starting with "- ".');
      }
      return v;
    }
    if (typeof v !== 'string' || !v.trim()) return c.fail(at, `expected text, got ${describe(v)}`, 'write the text after the colon; put quotes around it if it contains a colon.');
    return v;
  }
  if (v === undefined && fb === undefined) {
    return c.fail(field, 'is missing', `add "${at.split('.').pop()}:" with ${Object.keys(spec).join(', ')} (see content/README.md).`);
  }
  if (v !== undefined && !isRecord(v)) return c.fail(field, `expected a group of fields, got ${describe(v)}`, `indent the fields under "${at.split('.').pop() || 'the file'}".`);
  const obj = (v ?? {}) as Record<string, unknown>;
  const fbObj = isRecord(fb) ? fb : undefined;
  for (const key of Object.keys(obj)) {
    if (!(key in spec)) {
      const where = at ? `${at}.${key}` : key;
      c.fail(where, unknownWhat(at, key), `remove it or check the spelling; expected: ${Object.keys(spec).join(', ')}.`);
    }
  }
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(spec)) {
    const value = walk(obj[key], child, at ? `${at}.${key}` : key, c, fbObj?.[key], fellBack);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function unknownWhat(at: string, key: string): string {
  if (at === 'steps') return `unknown step "${key}": the meldcode has steps 1 to 5`;
  if (at === 'kader.nodes') return `"${key}" is not a node of the kader in pack.yaml`;
  if (at.endsWith('.answers')) return `"${key}" is not an answer of this question in pack.yaml`;
  return 'unknown field';
}
