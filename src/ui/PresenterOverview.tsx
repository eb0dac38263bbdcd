import { useMemo } from 'preact/hooks';
import type { LocalizedPack } from '../content/schema';
import { t } from '../i18n';
import type { NodeId } from '../meldcode/types';
import { BOX, layoutKader, pathEdges, wrapLabel } from '../practice/presenter-layout';
import { expertPath, roomPath, type Tally } from '../practice/presenter';
import type { PracticeCase } from '../practice/types';

const PAD = 16;

/** A node's short name: 'Afweging 2: Veiligheid' for a question, the outcome's title. */
function nodeName(pack: LocalizedPack, id: NodeId): string {
  const node = pack.kader.nodes[id];
  if (!node) return id;
  return node.type === 'question' ? t('presenter.afweging', { n: node.afweging, label: node.text.label }) : node.text.title;
}

/** The pack's afwegingskader as a picture, with the expert's way (solid blue) and the room's
 * way (dotted purple, shifted a little so both show where they run together). The same two ways
 * follow as text: the picture adds nothing a screen reader misses. */
export function PresenterOverview({ practice, pack, tally }: { practice: PracticeCase; pack: LocalizedPack; tally: Tally }) {
  const layout = useMemo(() => layoutKader(pack.kader), [pack]);
  const expert = expertPath(pack.kader, practice.expert);
  const room = roomPath(pack.kader, tally, practice.expert);
  const centre = (id: NodeId) => {
    const n = layout.nodes[id]!;
    return { x: PAD + n.x + BOX.width / 2, y: PAD + n.y + BOX.height / 2 };
  };
  const line = (from: NodeId, to: NodeId, shift: number) => {
    if (!layout.nodes[from] || !layout.nodes[to]) return '';
    const a = centre(from);
    const b = centre(to);
    return `M${a.x + shift} ${a.y + shift} L${b.x + shift} ${b.y + shift}`;
  };
  // ': ja' or ': nee' after a question in the text version of a way.
  const said = (answer: string | undefined, id: NodeId) => {
    const node = pack.kader.nodes[id];
    const value = node?.type === 'question' ? node.answers.find((a) => a.id === answer)?.value : undefined;
    return value ? ` — ${value === 'ja' ? t('presenter.yes') : t('presenter.no')}` : '';
  };
  const onExpert = new Set(expert);
  const onRoom = new Set(room.path);
  const openName = room.openAt ? nodeName(pack, room.openAt) : undefined;
  return (
    <div class="presenter-slide presenter-overview">
      <p>{t('presenter.overviewIntro')}</p>
      <svg viewBox={`0 0 ${layout.width + 2 * PAD} ${layout.height + 2 * PAD}`} role="img" aria-labelledby="page-title" aria-describedby="presenter-paths">
        <g class="kader-edges">
          {layout.edges.map((e) => <path d={line(e.from, e.to, 0)} />)}
        </g>
        {Object.values(layout.nodes).map((n) => (
          <g class={`kader-node${n.question ? ' kader-question' : ''}${onExpert.has(n.id) ? ' on-expert' : ''}${onRoom.has(n.id) ? ' on-room' : ''}`}>
            <rect x={PAD + n.x} y={PAD + n.y} width={BOX.width} height={BOX.height} rx={n.question ? 4 : 20} />
            <text x={PAD + n.x + BOX.width / 2} y={PAD + n.y + BOX.height / 2}>
              {wrapLabel(nodeName(pack, n.id)).slice(0, 4).map((l, i, all) => <tspan x={PAD + n.x + BOX.width / 2} dy={i === 0 ? `${-(all.length - 1) * 0.6}em` : '1.2em'}>{l}</tspan>)}
            </text>
          </g>
        ))}
        <g class="path-expert">{pathEdges(expert).map((e) => <path d={line(e.from, e.to, -5)} />)}</g>
        <g class="path-room">{pathEdges(room.path).map((e) => <path d={line(e.from, e.to, 5)} />)}</g>
      </svg>
      <ul class="presenter-legend">
        <li><span class="swatch swatch-expert" aria-hidden="true" /> {t('presenter.legendExpert')}</li>
        <li><span class="swatch swatch-room" aria-hidden="true" /> {t('presenter.legendRoom')}</li>
      </ul>
      <div id="presenter-paths" class="presenter-paths">
        <h2>{t('presenter.pathExpert')}</h2>
        <ol>{expert.map((id, i) => <li>{nodeName(pack, id)}{said(practice.expert[i]?.answer, id)}</li>)}</ol>
        <h2>{t('presenter.pathRoom')}</h2>
        <ol>{room.path.map((id, i) => <li>{nodeName(pack, id)}{said(room.moves[i]?.answer, id)}</li>)}</ol>
        {openName && <p>{t('presenter.pathOpen', { label: openName })}</p>}
      </div>
    </div>
  );
}
