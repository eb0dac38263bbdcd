import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { inlineUnsetTokens, pruneUtrechtCss, usedUtrechtClasses } from '../../src/prerender/prune-css';

test('drops the rules whose selectors need a utrecht class nobody uses, keeps the rest', () => {
  const css = `.utrecht-button{color:red}
.utrecht-button--busy,.utrecht-button--subtle{cursor:wait}
.utrecht-button:not(.utrecht-button--busy){border:0}
.utrecht-button--busy{cursor:progress}
.own-class{margin:0}`;
  const out = pruneUtrechtCss(css, [new Set(['utrecht-button', 'utrecht-button--subtle'])]);
  expect(out).toMatch(/\.utrecht-button\s*\{\s*color: red/);
  expect(out).toContain('cursor: wait'); // one selector of the list can match: the rule stays
  expect(out).toContain('.utrecht-button:not(.utrecht-button--busy)'); // :not() does not need the class
  expect(out).not.toContain('progress');
  expect(out).toContain('.own-class');
});

test('the source uses the Utrecht classes the app is built on, so the real button CSS keeps them', () => {
  const used = usedUtrechtClasses([fileURLToPath(new URL('../../src', import.meta.url))]);
  const all = new Set(used.flatMap((list) => [...list]));
  expect(all).toContain('utrecht-button');
  expect(all).toContain('utrecht-button--primary-action');
  expect(all).not.toContain('utrecht-button-font-size'); // a design token in styles.css, not a class
  const button = readFileSync(fileURLToPath(new URL('../../node_modules/@utrecht/button-css/dist/index.css', import.meta.url)), 'utf8');
  const pruned = pruneUtrechtCss(button, used);
  expect(pruned).toContain('.utrecht-button--primary-action');
  expect(pruned).not.toContain('.utrecht-button--busy');
  expect(pruned).toContain('.utrecht-button--primary-action.utrecht-button--danger'); // the delete buttons
  expect(pruned).not.toContain('.utrecht-button--subtle.utrecht-button--danger'); // both used, never together
  expect(pruned.length).toBeLessThan(button.length * 0.7);
});

test('drops the private --_utrecht-* properties that no kept rule reads', () => {
  const css = `.utrecht-button{--_utrecht-button-color:var(--_utrecht-button-hint-color,red);--_utrecht-button-hint-color:blue;--_utrecht-button-busy-cursor:wait;color:var(--_utrecht-button-color)}
.utrecht-button--busy{cursor:var(--_utrecht-button-busy-cursor)}`;
  const out = pruneUtrechtCss(css, [new Set(['utrecht-button'])]);
  expect(out).toContain('--_utrecht-button-color');
  expect(out).toContain('--_utrecht-button-hint-color'); // read by the one above
  expect(out).not.toContain('--_utrecht-button-busy-cursor'); // only the busy rule read it
});

test('a token nothing sets is replaced by its fallback; one the theme sets stays', () => {
  const css = '.a{--_utrecht-set:1;color:var(--_utrecht-hint-color, var(--_utrecht-set, var(--utrecht-color)));margin:var(--_utrecht-x, var(--utrecht-margin, calc(1px + 2px)));padding:var(--utrecht-padding, 0)}';
  expect(inlineUnsetTokens(css, new Set(['--utrecht-padding']))).toBe('.a{--_utrecht-set:1;color:var(--_utrecht-set, var(--utrecht-color));margin:calc(1px + 2px);padding:var(--utrecht-padding, 0)}');
});

test('classes named together in one selector must be used together in one class list', () => {
  const css = '.utrecht-a.utrecht-b{margin:1px}.utrecht-a .utrecht-c{margin:2px}.utrecht-b.utrecht-c{margin:3px}';
  const out = pruneUtrechtCss(css, [new Set(['utrecht-a', 'utrecht-b']), new Set(['utrecht-c'])]);
  expect(out).toContain('1px');
  expect(out).toContain('2px'); // descendant: the lists need not be the same
  expect(out).not.toContain('3px');
});
