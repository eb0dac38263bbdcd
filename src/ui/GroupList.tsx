import type { Group } from '../content/schema';

/** A group of a step as text: a conversation guide, or a signal list or checklist to read when
 * no case is open (with a case they are ticked in CaseStepFields). */
export function GroupList({ group }: { group: Group }) {
  const id = `group-${group.id}`;
  return (
    <section class={`group group--${group.kind}`} aria-labelledby={id}>
      <h2 id={id}>{group.title}</h2>
      {group.intro && <p>{group.intro}</p>}
      <ul>{group.items.map((item) => <li key={item.id}>{item.text}</li>)}</ul>
    </section>
  );
}
