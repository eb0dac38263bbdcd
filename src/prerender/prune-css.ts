import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform, type Selector } from 'lightningcss';
import type { Plugin } from 'vite';

/** The utrecht-* class lists the source uses: the utrecht- tokens of each string literal (a
 * class attribute, or one branch of a conditional class) in every .tsx, .ts, .css and .html
 * file under the given folders; not the --utrecht-* design tokens. A class list built from
 * parts at run time would be missed, so the markup spells each list out in full. */
export function usedUtrechtClasses(dirs: string[]): Set<string>[] {
  const lists: Set<string>[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(tsx?|css|html)$/.test(entry.name)) {
        for (const literal of readFileSync(path, 'utf8').matchAll(/"[^"\n]*"|'[^'\n]*'|`[^`]*`/g)) {
          const classes = new Set([...literal[0].matchAll(/(?<![\w-])utrecht-[a-z0-9_-]+/g)].map((m) => m[0]));
          if (classes.size > 0) lists.push(classes);
        }
      }
    }
  };
  for (const dir of dirs) walk(dir);
  return lists;
}

/** Whether a selector can match markup that uses only these class lists: the utrecht classes
 * each compound part requires (not those under :not() or :is(), which it does not require) must
 * all be in one of the lists. */
function selectorCanMatch(selector: Selector, lists: Set<string>[]): boolean {
  let required: string[] = [];
  const compoundCanMatch = () => required.length === 0 || lists.some((list) => required.every((c) => list.has(c)));
  for (const c of selector) {
    if (c.type === 'combinator') {
      if (!compoundCanMatch()) return false;
      required = [];
    } else if (c.type === 'class' && c.name.startsWith('utrecht-')) required.push(c.name);
  }
  return compoundCanMatch();
}

/** The Utrecht component CSS without the rules for classes Meldwijzer never uses (the busy,
 * pressed, hint and other variants), with each token the theme leaves unset written as its
 * fallback, and without the private --_utrecht-* properties nothing reads any more: together
 * most of its size. A rule goes when none of its selectors
 * can match. */
export function pruneUtrechtCss(code: string, used: Set<string>[], tokens: Set<string> = new Set(), filename = 'utrecht.css'): string {
  let css = transform({
    filename,
    code: Buffer.from(code),
    visitor: {
      Rule: {
        // A rule is dropped or kept whole: lightningcss cannot read back every selector it
        // hands out (attribute selectors inside :not()), so none is edited.
        style: (rule) => (rule.value.selectors.some((s) => selectorCanMatch(s, used)) ? undefined : []),
      },
    },
  }).code.toString();
  // Inlining and dropping feed each other: a dropped alias leaves its readers' fallbacks to inline.
  for (let before = ''; before !== css; ) {
    before = css;
    css = dropUnsetAliases(inlineUnsetTokens(css, tokens), tokens);
  }
  // A private property read by nothing is dead; dropping one may leave another unread.
  for (let round = 0; round < 5; round++) {
    const read = new Set([...css.matchAll(/var\(\s*(--_utrecht-[\w-]+)/g)].map((m) => m[1]));
    let dropped = 0;
    css = transform({
      filename,
      code: Buffer.from(css),
      visitor: {
        Declaration: {
          custom(property) {
            if (!property.name.startsWith('--_utrecht-') || read.has(property.name)) return undefined;
            dropped++;
            return [];
          },
        },
      },
    }).code.toString();
    if (dropped === 0) break;
  }
  return css;
}

/** `var(--utrecht-x, fallback)` where nothing sets --utrecht-x (no kept rule here, no
 * stylesheet of the app: `tokens`) is always the fallback. Written as the fallback, the long
 * chains of state, hint and component tokens the theme leaves unset fall away. */
export function inlineUnsetTokens(css: string, tokens: Set<string> = new Set()): string {
  const set = new Set([...tokens, ...[...css.matchAll(/(--_?utrecht-[\w-]+)\s*:/g)].map((m) => m[1]!)]);
  let out = css;
  for (let changed = true; changed; ) {
    changed = false;
    const re = /var\(\s*(--_?utrecht-[\w-]+)\s*,/g;
    for (let m = re.exec(out); m; m = re.exec(out)) {
      if (set.has(m[1]!)) continue;
      // The fallback runs to the parenthesis that closes this var(.
      let depth = 1;
      let i = m.index + m[0].length;
      for (; i < out.length && depth > 0; i++) {
        if (out[i] === '(') depth++;
        else if (out[i] === ')') depth--;
      }
      out = out.slice(0, m.index) + out.slice(m.index + m[0].length, i - 1).trim() + out.slice(i);
      changed = true;
      break;
    }
  }
  return out;
}

/** `--_utrecht-x: var(--utrecht-y)` with no fallback, where nothing sets --utrecht-y, makes
 * --_utrecht-x invalid. When every rule that sets --_utrecht-x does so (one per appearance, say),
 * it is invalid whichever rule wins: the same as not setting it at all (private properties belong
 * to one component, which does not nest in itself, so nothing inherits them). The variants' long
 * lists of such aliases, for every state the theme leaves alone, go; their readers then fall back. */
export function dropUnsetAliases(css: string, tokens: Set<string> = new Set()): string {
  const set = new Set([...tokens, ...[...css.matchAll(/(--_?utrecht-[\w-]+)\s*:/g)].map((m) => m[1]!)]);
  const alias = /(--_utrecht-[\w-]+)\s*:\s*var\(\s*(--_?utrecht-[\w-]+)\s*\)\s*(;\s*|(?=\}))/g;
  const unsetAlias = (p: string, t: string) => !set.has(t) && p.startsWith('--_');
  // The private properties that are set to something else somewhere: they stay everywhere.
  const kept = new Set<string>();
  for (const m of css.matchAll(/(--_utrecht-[\w-]+)\s*:\s*([^;}]*)/g)) {
    const only = /^var\(\s*(--_?utrecht-[\w-]+)\s*\)\s*$/.exec(m[2]!);
    if (!only || !unsetAlias(m[1]!, only[1]!)) kept.add(m[1]!);
  }
  return css.replace(alias, (all, p: string, t: string) => (kept.has(p) || !unsetAlias(p, t) ? all : ''));
}

/** The --utrecht-* design tokens the app's own stylesheets set. */
export function themeTokens(dirs: string[]): Set<string> {
  const tokens = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.css')) for (const m of readFileSync(path, 'utf8').matchAll(/(--utrecht-[\w-]+)\s*:/g)) tokens.add(m[1]!);
    }
  };
  for (const dir of dirs) walk(dir);
  return tokens;
}

/** Vite plugin: prunes each @utrecht/*-css file as it is imported (build and dev alike). */
export function pruneUtrecht(sourceDirs: string[]): Plugin {
  let used: Set<string>[] | undefined;
  let tokens: Set<string> | undefined;
  return {
    name: 'meldwijzer-prune-utrecht',
    enforce: 'pre',
    buildStart() {
      used = undefined; // a rebuild sees classes and tokens added since
      tokens = undefined;
    },
    transform(code, id) {
      if (!/[\\/]@utrecht[\\/][a-z-]+-css[\\/]dist[\\/]index\.css$/.test(id.split('?')[0]!)) return null;
      used ??= usedUtrechtClasses(sourceDirs);
      tokens ??= themeTokens(sourceDirs);
      return { code: pruneUtrechtCss(code, used, tokens, id), map: null };
    },
  };
}
