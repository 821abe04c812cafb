/**
 * "Source: <document>, <publisher> · as of <date>" under a fact, so every figure the content
 * screens show names the seed document it came from and how current it is. Used by the guide,
 * costs and projects screens. Undated documents say so instead of implying a date they lack.
 */
import { builtInPack } from '../../../shared/content/pack';
import type { DisplayFormat } from '../../../shared/locale/display-format';
import { useDisplayFormat } from '../shared/locale';
import './source-note.css';

const sourcesByFile = new Map(Object.values(builtInPack.sources).map((s) => [s.file, s]));

export function sourceTitle(file: string): string {
  const source = sourcesByFile.get(file);
  if (!source) return file;
  return source.publisher ? `${source.title} (${source.publisher})` : source.title;
}

/** The publisher where the document names one, else its title: for facts listed many times. */
export function sourceShortName(file: string): string {
  const source = sourcesByFile.get(file);
  return source?.publisher ?? source?.title ?? file;
}

/** The date in words, honest about how it was obtained (see shared/content/pack/sources.ts). */
export function sourceDate(file: string, asOf: string, format: DisplayFormat): string {
  const basis = sourcesByFile.get(file)?.asOfBasis;
  if (basis === 'default') return `undated; treated as ${format.day(asOf)}`;
  return `as of ${format.day(asOf)}`;
}

interface Props {
  source: string;
  asOf: string;
  /** Extra attribution such as the data set the document quotes ("Glassdoor, March 2026"). */
  via?: string | null;
  label?: string;
  /** Name the document briefly (publisher); the full titles are listed once elsewhere. */
  short?: boolean;
}

export function SourceNote({ source, asOf, via, label = 'Source', short = false }: Props) {
  const format = useDisplayFormat();
  return (
    <p className="source-note">
      {label}: <cite>{short ? sourceShortName(source) : sourceTitle(source)}</cite>
      {via ? `, quoting ${via}` : ''} · {sourceDate(source, asOf, format)}
    </p>
  );
}

/** One line naming every distinct document a list of facts came from. */
export function SourceList({ items, label = 'Sources' }: { items: readonly { source: string; asOf: string }[]; label?: string }) {
  const format = useDisplayFormat();
  const unique = [...new Map(items.map((i) => [i.source, i])).values()];
  if (unique.length === 0) return null;
  if (unique.length === 1) return <SourceNote source={unique[0]!.source} asOf={unique[0]!.asOf} label="Source" />;
  return (
    <p className="source-note">
      {label}:{' '}
      {unique.map((s, i) => (
        <span key={s.source}>
          {i > 0 ? '; ' : ''}
          <cite>{sourceTitle(s.source)}</cite> · {sourceDate(s.source, s.asOf, format)}
        </span>
      ))}
    </p>
  );
}
