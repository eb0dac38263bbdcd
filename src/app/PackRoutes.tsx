import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { formatDateTime } from '../i18n/format';
import type { CompiledRoute, LocalizedPack, Locale, PackSummary } from '../content/schema';
import type { Loaded } from './usePacks';
import { LoadError } from '../ui/LoadError';
import { RouteScreen } from '../ui/RouteScreen';
import { applyRouteEvent, routeWalkState } from '../cases/route-walk';
import { loadPack } from '../content/load';
import { packSwitchLoss, switchPack } from '../cases/switch-pack';
import { answerOf } from '../meldcode/engine';
import type { Case } from '../cases/types';
import { AnswersScreen } from '../ui/AnswersScreen';
import { lazyComponent } from '../ui/lazy';
import { CaseOverview } from '../ui/CaseOverview';
import type { CaseSession } from '../cases/session';
import { newCaseFrom, walkCase } from '../cases/new-case';
import { doneSteps } from '../cases/walk';
import { caseTasks } from '../cases/overview';
import { NotFound } from '../ui/NotFound';
import { OutcomeScreen } from '../ui/OutcomeScreen';
import { PackScreen } from '../ui/PackScreen';
import { QuestionScreen } from '../ui/QuestionScreen';
import { StepScreen } from '../ui/StepScreen';
import { WaypointScreen } from '../ui/WaypointScreen';
import { PhaseBanner } from '../ui/PhaseBanner';
import { href, WAYPOINT, type PackRoute } from '../routes';
import { backLink, onwardLink, waypointShown } from './kader-links';
import { positionHref } from '../ui/kader-href';
import { namedNode, navigate } from './navigation';
import { t } from '../i18n';
import { DroppedAnswers } from '../ui/DroppedAnswers';
import { useWalk } from './useWalk';
import { readRole, saveRole } from './settings';
import { readRegion } from '../organisation/region';

const SummaryScreen = lazyComponent(() => import('../ui/SummaryScreen').then((m) => m.SummaryScreen));
const CallSheet = lazyComponent(() => import('../ui/CallSheet').then((m) => m.CallSheet));

interface Props {
  route: PackRoute;
  pack: LocalizedPack;
  /** The special route of a /<pack>/route/<id>/ address, loaded by App like that of /route/<id>/. */
  special: Loaded<CompiledRoute>;
  onRetrySpecial: () => void;
  lang: Locale;
  session: CaseSession;
  /** The session of walks without a case: a new case takes this pack's walk over. */
  walks: CaseSession;
  /** The open case and the open walk without a case, of any pack. */
  active: Case | null;
  walkActive: Case | null;
  /** The session has read the stored cases (and reopened the case that was open). */
  listed: boolean;
  /** Every pack (undefined until the index is read): a case can move to another. */
  packs?: PackSummary[];
  /** Told whether the walk shown had an acute answer, before the screen is painted, and false
   * once these screens are gone: the help bar above them puts 112 first. */
  onAcute: (acute: boolean) => void;
}

/** The case a walk without a case was just carried into, and how many answers it took over. */
interface Carried { id: string; answers: number }

type ScreenProps = Omit<Props, 'active' | 'walkActive' | 'onAcute'> & ReturnType<typeof useWalk> & { carried: Carried | null; onCarried: (c: Carried) => void; role: string | null; onRole: (id: string) => void };

/** The screens inside one pack, after a word when the open case's answers do not all fit it.
 * The walk lives here, not in App, so the engine loads with these screens and not with the shell. */
export function PackRoutes({ pack, session, walks, active, walkActive, listed, onAcute, ...rest }: Props) {
  const shown = useWalk(pack, session, active, walks, walkActive);
  const { caseHere } = shown;
  // Said on the overview after "Casus aanmaken"; kept here, as the overview is another screen.
  const [carried, setCarried] = useState<Carried | null>(null);
  // Read from the device once per pack, not on every render; a choice made here overrides it.
  const saved = useMemo(() => readRole(pack.id), [pack.id]);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const role = chosen[pack.id] ?? saved;
  const chooseRole = (id: string) => { saveRole(pack.id, id); setChosen((all) => ({ ...all, [pack.id]: id })); };
  useLayoutEffect(() => {
    onAcute(shown.pos.acute);
    return () => onAcute(false);
  }, [shown.pos.acute]);
  return (
    <>
      {/* With an acute answer the acute alert comes first, the title stays high on a phone, and
          the phase banner moves to the end of the screen. */}
      {/* Parts missing in the user's language are shown in the pack's own (see assemble.ts). */}
      {pack.fellBack.length > 0 && <p class="notice utrecht-alert utrecht-alert--info">{t('notice.fallback')}</p>}
      {!shown.pos.acute && <PhaseBanner packId={pack.id} open={pack.review.length} />}
      {/* Only once the session has answered: not on the prerendered page, nor before a reload has
          reopened the case. Until then its line is kept empty, so for a new visitor nothing below
          it moves when it appears (with a case open, the case bar comes instead). */}
      {!listed ? <p class="nocase" aria-hidden="true" /> : !caseHere && <p class="nocase">{t('walk.noCase')}</p>}
      {/* The walk is the case's walk cut to what fits the pack (caseWalk); this says what was left out. */}
      {caseHere && <DroppedAnswers pack={pack} stored={caseHere.kader.state} caseVersion={caseHere.packVersion} />}
      <PackScreens {...rest} {...shown} role={role} onRole={chooseRole} pack={pack} walks={walks} session={session} listed={listed} carried={carried} onCarried={setCarried} />
      {shown.pos.acute && <PhaseBanner packId={pack.id} open={pack.review.length} end />}
    </>
  );
}

/** The pack a case is about to move to, loaded to say what the move leaves out. */
let switching: LocalizedPack | undefined;

/** A node that the pack does not have gets the not-found screen. */
function PackScreens({ route, pack, lang, walk, pos, dispatch, done, walks, session, caseHere, listed, carried, onCarried, packs, special, onRetrySpecial, role, onRole }: ScreenProps) {
  const answers = walk.kader.moves.filter((m) => m.answer).length;
  switch (route.name) {
    case 'pack':
      return (
        <PackScreen
          pack={pack}
          lang={lang}
          caseHere={caseHere}
          carried={caseHere ? 0 : answers}
          role={role}
          onRole={onRole}
          onCreate={(label) => {
            const before = walks.state.active?.packId === pack.id ? walks.state.active : undefined;
            const c = newCaseFrom({ id: crypto.randomUUID(), label, now: new Date().toISOString() }, pack, before);
            // The walk without a case starts afresh: an edit, so the memory repository's revision holds.
            if (before) walks.edit(() => walkCase(pack));
            // A new case opens on its overview, which says what it took over.
            if (before && answers > 0) onCarried({ id: c.id, answers });
            void session.create(c).then(() => navigate({ name: 'case', pack: pack.id }));
          }}
        />
      );
    case 'case':
      return (
        <CaseOverview
          switchPack={caseHere && packs ? {
            packs: packs.filter((p) => p.id !== pack.id).map((p) => ({ id: p.id, title: p.title[lang] })),
            preview: (id) => {
              // In the user's language where the other pack has it.
              const other = packs.find((p) => p.id === id);
              const locale = !other || other.locales.includes(lang) ? lang : other.locales[0]!;
              return loadPack(id, locale).then((to) => { switching = to; return packSwitchLoss(caseHere, pack, to); });
            },
            apply: (id) => {
              const to = switching;
              if (!to || to.id !== id) return;
              session.edit((c) => switchPack(c, to));
              void session.flush(); // stored now, not after the typing delay: it changes the whole case
              navigate({ name: 'case', pack: id });
            },
          } : undefined}
          pack={pack}
          c={caseHere}
          tasks={caseHere && caseTasks(pack, caseHere, doneSteps(pack, walk, pos), pos)}
          kaderHref={positionHref(pack, pos)}
          carried={caseHere && carried?.id === caseHere.id ? carried.answers : 0}
          listed={listed}
        />
      );
    case 'summary':
      return <SummaryScreen c={caseHere} pack={pack} lang={lang} formatTime={(iso) => formatDateTime(iso, lang)} />;
    case 'call':
      return <CallSheet pack={pack} lang={lang} caseHere={caseHere} edit={(change) => session.edit(change)} region={readRegion()} />;
    case 'step':
      return <StepScreen pack={pack} lang={lang} role={role} step={route.step} done={doneSteps(pack, walk, pos)} walk={pos} onDone={done} caseHere={caseHere} edit={(change) => session.edit(change)} />;
    case 'answers':
      return <AnswersScreen pack={pack} lang={lang} state={walk.kader} walk={pos} />;
    case 'outcome':
      return <OutcomeScreen pack={pack} lang={lang} state={walk.kader} walk={pos} onRestart={() => dispatch({ type: 'restart' })} caseHere={caseHere} edit={(change) => session.edit(change)} />;
    case 'kader': {
      const packHref = href({ name: 'pack', pack: pack.id });
      const notFound = <NotFound packHref={packHref} packTitle={pack.title} />;
      const id = route.node === WAYPOINT ? waypointShown(pack, pos, namedNode()) : route.node;
      const node = id ? pack.kader.nodes[id] : undefined;
      if (!id || !node) return notFound;
      const onPath = pos.path.includes(id);
      const back = backLink(pack, pos, id);
      if (node.type === 'question') {
        return (
          <QuestionScreen
            key={`${id}:${answerOf(walk.kader, id) ?? ''}`}
            pack={pack}
            lang={lang}
            nodeId={id}
            chosen={onPath ? answerOf(walk.kader, id) : undefined}
            onPath={onPath}
            backHref={back.href}
            backNode={back.node}
            answersHref={href({ name: 'answers', pack: pack.id })}
            laterAnswers={onPath ? walk.kader.moves.slice(pos.path.indexOf(id) + 1).filter((m) => m.answer).length : 0}
            openCase={caseHere ? { answers: walk.kader.moves.filter((m) => m.answer).length, resumeHref: positionHref(pack, pos) } : undefined}
            onAnswer={(answer) => {
              if (onPath && answer === answerOf(walk.kader, id)) {
                const onward = onwardLink(pack, pos, id);
                return navigate(onward.href, { node: onward.node });
              }
              if (!onPath) dispatch({ type: 'startAt', node: id });
              dispatch({ type: 'answer', node: id, answer }, 'navigate');
            }}
          />
        );
      }
      // A waypoint can only be shown where the walk actually passed it; an end outcome has its own URL.
      if (!node.next || !onPath) return notFound;
      return (
        <WaypointScreen
          key={id}
          pack={pack}
          lang={lang}
          nodeId={id}
          path={pos.path}
          backHref={back.href}
          backNode={back.node}
          onExit={(exit) => dispatch({ type: 'answer', node: id, answer: exit }, 'navigate')}
          caseHere={caseHere}
          edit={(change) => session.edit(change)}
          packHref={packHref}
          onContinue={() => {
            // Came back here with the browser's back button: the walk already went on.
            if (pos.current === id) dispatch({ type: 'continue', node: id }, 'navigate');
            else navigate({ name: 'kader', pack: pack.id, node: node.next! });
          }}
        />
      );
    }
    case 'packRoute': {
      const packHref = href({ name: 'pack', pack: pack.id });
      // Only the routes this pack offers: another pack's route is another beroepsgroep's law.
      if (!pack.routes.some((r) => r.id === route.route) || special.status === 'missing') return <NotFound packHref={packHref} packTitle={pack.title} />;
      if (special.status === 'error') return <LoadError onRetry={onRetrySpecial} />;
      if (special.status === 'loading') return <p role="status">{t('load.loading')}</p>;
      const r = special.value;
      const graph = r.walk;
      return (
        <RouteScreen
          route={r}
          lang={lang}
          pack={{ id: pack.id, title: pack.title, beroepsgroep: pack.beroepsgroep }}
          walk={graph && caseHere ? {
            state: routeWalkState(caseHere, r.id, graph),
            saved: true,
            onEvent: (e) => session.edit((c) => applyRouteEvent(c, r.id, graph, e, new Date().toISOString())),
          } : undefined}
          walkPending={!listed}
        />
      );
    }
    default:
      // A pack route added to the table without a screen here fails to compile.
      return route satisfies never;
  }
}
