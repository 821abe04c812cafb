/**
 * "Source: <document>, <publisher> · as of <date>" under a fact, so every figure the content
 * screens show names the seed document it came from and how current it is. Used by the guide,
 * costs and projects screens. Undated documents say so instead of implying a date they lack.
 */
import type { Source } from '../../../shared/content/schema';
import type { DisplayFormat } from '../../../shared/locale/display-format';
import { useContent } from '../shared/content';
import { useDisplayFormat } from '../shared/locale';
import './source-note.css';

/** A source document by file name: `useContent().sourceByFile` for the pack in use. */
type SourceLookup = (file: string) => Source | undefined;

export function sourceTitle(sourceByFile: SourceLookup, file: string): string {
  const source = sourceByFile(file);
  if (!source) return file;
  return source.publisher ? `${source.title} (${source.publisher})` : source.title;
}

/** The publisher where the document names one, else its title: for facts listed many times. */
export function sourceShortName(sourceByFile: SourceLookup, file: string): string {
  const source = sourceByFile(file);
  return source?.publisher ?? source?.title ?? file;
}

/** The date in words, honest about how it was obtained (an undated document's date is a default). */
export function sourceDate(sourceByFile: SourceLookup, file: string, asOf: string, format: DisplayFormat): string {
  const basis = sourceByFile(file)?.asOfBasis;
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
  const { sourceByFile } = useContent();
  return (
    <p className="source-note">
      {label}: <cite>{short ? sourceShortName(sourceByFile, source) : sourceTitle(sourceByFile, source)}</cite>
      {via ? `, quoting ${via}` : ''} · {sourceDate(sourceByFile, source, asOf, format)}
    </p>
  );
}

/** One line naming every distinct document a list of facts came from. */
export function SourceList({ items, label = 'Sources' }: { items: readonly { source: string; asOf: string }[]; label?: string }) {
  const format = useDisplayFormat();
  const { sourceByFile } = useContent();
  const unique = [...new Map(items.map((i) => [i.source, i])).values()];
  if (unique.length === 0) return null;
  if (unique.length === 1) return <SourceNote source={unique[0]!.source} asOf={unique[0]!.asOf} label="Source" />;
  return (
    <p className="source-note">
      {label}:{' '}
      {unique.map((s, i) => (
        <span key={s.source}>
          {i > 0 ? '; ' : ''}
          <cite>{sourceTitle(sourceByFile, s.source)}</cite> · {sourceDate(sourceByFile, s.source, s.asOf, format)}
        </span>
      ))}
    </p>
  );
}
