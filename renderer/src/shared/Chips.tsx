/** A row of tags (skills, tools, focus areas): one list, laid out by base.css `.chips`. */
interface Props {
  items: readonly string[];
  /** Grey outline instead of the accent tint: for tools and secondary facts. */
  muted?: boolean;
  className?: string;
  label?: string;
}

export function Chips({ items, muted = false, className, label }: Props) {
  return (
    <ul className={className ? `chips ${className}` : 'chips'} aria-label={label}>
      {items.map((item) => (
        <li key={item} className={muted ? 'chip chip-muted' : 'chip'}>
          {item}
        </li>
      ))}
    </ul>
  );
}
