import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale, LocalizedPack } from '../content/schema';
import { t } from '../i18n';
import { addVote, go, initialPresenter, reveal, slideSequence, type PresenterState, type Vote } from '../practice/presenter';
import type { PracticeCase } from '../practice/types';
import { href } from '../routes';
import { Heading, requestHeadingFocus } from './Heading';
import { PresenterHelp } from './PresenterHelp';
import { PresenterSlide, slideTitle } from './PresenterSlide';

const focusOnMount = (el: HTMLElement | null) => el?.focus();

/** Keys typed into a field are the user's text, never commands. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * The slides of one practice case for a projector: large type, high contrast, the keyboard
 * for everything (→ ← R T J N 1 2 B F ?). State lives only here, in memory: nothing of the
 * room's votes is stored or sent.
 */
export function PresenterView({ practice, pack, lang }: { practice: PracticeCase; pack: LocalizedPack; lang: Locale }) {
  const text = practice.text[lang] ?? practice.text[practice.locales[0] ?? 'nl'];
  const slides = useMemo(() => slideSequence(practice, text, pack.kader), [practice, text, pack]);
  const [state, setRendered] = useState<PresenterState>(initialPresenter);
  // Key presses can come faster than renders (a clicker, a held key): each builds on the last.
  const current = useRef(state);
  const setState = (change: (s: PresenterState) => PresenterState) => {
    const next = change(current.current);
    if (next === current.current) return false;
    current.current = next;
    setRendered(next);
    return true;
  };
  const [blank, setBlank] = useState(false);
  const [help, setHelp] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const slide = slides[state.index]!;
  // What the keys act on: the slide of the latest press, which may not have rendered yet.
  const slideNow = () => slides[current.current.index]!;

  // Marks the page while the presenter is on screen, from the moment its keys listen (its
  // projector style needs no mark: styles.css keys it on the slide's markup, also prerendered).
  useEffect(() => {
    document.documentElement.classList.add('presenter');
    return () => document.documentElement.classList.remove('presenter');
  }, []);

  // The new slide's title takes focus (and the page scrolls to the top), as after navigation.
  const move = (by: 1 | -1) => { if (setState((s) => go(s, by, slides.length))) requestHeadingFocus(); };
  const vote = (v: Vote, by: 1 | -1 = 1) => {
    const on = slideNow();
    if (on.kind === 'afweging') setState((s) => ({ ...s, tally: addVote(s.tally, on.node, v, by) }));
  };
  const unblank = () => { setBlank(false); requestHeadingFocus(); };
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
    else void root.current?.requestFullscreen?.().catch(() => undefined);
  };

  // The latest handlers, for one listener on the document.
  const keys = useRef<(e: KeyboardEvent) => void>(() => undefined);
  keys.current = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (help) {
      if (key === 'Escape' || key === '?') { e.preventDefault(); setHelp(false); }
      return;
    }
    if (blank) {
      // While the screen is black only B (or the '.' of a presentation clicker, or Esc) brings it back.
      if (key === 'b' || key === '.' || key === 'Escape') { e.preventDefault(); unblank(); }
      return;
    }
    const actions: Record<string, () => void> = {
      ArrowRight: () => move(1), PageDown: () => move(1),
      ArrowLeft: () => move(-1), PageUp: () => move(-1),
      r: () => setState((s) => reveal(s, slideNow())),
      t: () => root.current?.querySelector<HTMLElement>('.presenter-tally button')?.focus(),
      j: () => vote('ja'), '1': () => vote('ja'),
      n: () => vote('nee'), '2': () => vote('nee'),
      b: () => setBlank(true), '.': () => setBlank(true),
      f: toggleFullscreen,
      '?': () => setHelp(true),
    };
    const action = actions[key];
    if (!action) return;
    e.preventDefault();
    action();
  };
  useEffect(() => {
    const listener = (e: KeyboardEvent) => keys.current(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  return (
    <div class="presenter-view" ref={root}>
      <p class="eyebrow">{t('presenter.eyebrow')} · {text.title}</p>
      <Heading documentTitle={`${t('presenter.title')}: ${text.title}`}>{slideTitle(slide, text, pack)}</Heading>
      <PresenterSlide slide={slide} practice={practice} text={text} pack={pack} state={state} onVote={vote} onReveal={() => setState((s) => reveal(s, slide))} />
      <nav class="presenter-controls" aria-label={t('presenter.controls')}>
        <p class="presenter-counter" aria-live="polite">{t('presenter.counter', { n: state.index + 1, total: slides.length })}</p>
        <ul class="actions">
          <li><button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => move(-1)} disabled={state.index === 0}>{t('presenter.back')}</button></li>
          <li><button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => move(1)} disabled={state.index === slides.length - 1}>{t('presenter.next')}</button></li>
          <li><button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => setHelp(true)} aria-haspopup="dialog">{t('presenter.keys')}</button></li>
          <li><button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => setBlank(true)}>{t('presenter.blank')}</button></li>
          <li><button type="button" class="utrecht-button utrecht-button--subtle" onClick={toggleFullscreen}>{t('presenter.fullscreen')}</button></li>
        </ul>
        <ul class="presenter-links">
          <li><a href={href({ name: 'practiceCase', practice: practice.id })}>{t('presenter.toCase')}</a></li>
          <li><a href={href({ name: 'practiceList' })}>{t('presenter.toList')}</a></li>
        </ul>
      </nav>
      {help && <PresenterHelp onClose={() => setHelp(false)} />}
      {blank && (
        // Black from edge to edge; a real button, so a click or Enter brings the slide back too.
        <button type="button" class="presenter-blank" onClick={unblank} ref={focusOnMount}>
          <span class="visually-hidden">{t('presenter.blanked')}</span>
        </button>
      )}
    </div>
  );
}
