import type { Item } from '../content/schema';

/** A titled list of pack items; renders nothing when the pack has no items for it. */
export function TextList({ title, items, id }: { title: string; items: Item[]; id: string }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
    </section>
  );
}
