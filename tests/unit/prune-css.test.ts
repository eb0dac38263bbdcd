import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { dropUnsetAliases, inlineUnsetTokens, pruneUtrechtCss, themeTokens, usedUtrechtClasses } from '../../src/prerender/prune-css';

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
  const src = fileURLToPath(new URL('../../src', import.meta.url));
  const used = usedUtrechtClasses([src]);
  const all = new Set(used.flatMap((list) => [...list]));
  expect(all).toContain('utrecht-button');
  expect(all).toContain('utrecht-button--primary-action');
  expect(all).not.toContain('utrecht-button-font-size'); // a design token in styles.css, not a class
  const button = readFileSync(fileURLToPath(new URL('../../node_modules/@utrecht/button-css/dist/index.css', import.meta.url)), 'utf8');
  // With the theme's tokens, as the build does (without them, the danger rule would set nothing).
  const pruned = pruneUtrechtCss(button, used, themeTokens([src]));
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

test('a private property that only names a token nothing sets is dropped, and its readers fall back', () => {
  const css = '.utrecht-a{--_utrecht-a-color:var(--_utrecht-a-hint-color, var(--_utrecht-a-look-color, red));color:var(--_utrecht-a-color)}.utrecht-a--b{--_utrecht-a-look-color:var(--utrecht-a-b-color);--_utrecht-a-look-margin:var(--utrecht-a-b-margin);margin:var(--_utrecht-a-look-margin, 0)}.utrecht-a--c{--_utrecht-a-hint-color:var(--utrecht-a-c-color)}.utrecht-a--d{--_utrecht-a-hint-color:blue}.utrecht-a--e{--_utrecht-a-look-color:var(--utrecht-a-e-color)}';
  // b and e both set the look colour to a token nothing sets: invalid whichever wins, both go.
  // The theme sets the margin of b: that alias stays. c's colour is unset, but d also sets the
  // same property (c's invalid value would beat d's blue): it stays too.
  const out = dropUnsetAliases(css, new Set(['--utrecht-a-b-margin']));
  expect(out).not.toContain('--utrecht-a-b-color');
  expect(out).not.toContain('--utrecht-a-e-color');
  expect(out).toContain('--_utrecht-a-look-margin:var(--utrecht-a-b-margin)');
  expect(out).toContain('--_utrecht-a-hint-color:var(--utrecht-a-c-color)');
  const pruned = pruneUtrechtCss(css, [new Set(['utrecht-a', 'utrecht-a--b', 'utrecht-a--c', 'utrecht-a--d', 'utrecht-a--e'])], new Set(['--utrecht-a-b-margin']));
  expect(pruned).not.toContain('--_utrecht-a-look-color'); // dropped, then its reader fell back to red
  expect(pruned).toMatch(/--_utrecht-a-color: var\(--_utrecht-a-hint-color, red\)/);
});
