/**
 * One roadmap phase's attribution: the seed document its content comes from and how current it
 * is, then where its typical length comes from, saying "derived" when the weeks were apportioned
 * rather than stated (they can come from a different document than the phase itself).
 *
 * Presentational only: it takes the phase and the pack's sources as props instead of importing
 * the pack, so it shows whichever pack the caller planned with.
 */
import type { ContentPack, Phase, Source } from '../../../shared/content/schema';
import type { DisplayFormat } from '../../../shared/locale/display-format';
import { useDisplayFormat } from '../shared/locale';
import '../guide/source-note.css';

export interface PhaseSourceProps {
  phase: Pick<Phase, 'id' | 'source' | 'asOf' | 'typicalDuration'>;
  sources: ContentPack['sources'];
}

function sourceFor(sources: ContentPack['sources'], file: string): Source | undefined {
  return Object.values(sources).find((s) => s.file === file);
}

function title(source: Source | undefined, file: string): string {
  if (!source) return file;
  return source.publisher ? `${source.title} (${source.publisher})` : source.title;
}

/** Undated documents say so instead of implying a date they lack. */
function dateText(source: Source | undefined, asOf: string, format: DisplayFormat): string {
  return source?.asOfBasis === 'default' ? `undated; treated as ${format.day(asOf)}` : `as of ${format.day(asOf)}`;
}

export function PhaseSource({ phase, sources }: PhaseSourceProps) {
  const format = useDisplayFormat();
  const main = sourceFor(sources, phase.source);
  const d = phase.typicalDuration;
  const durationSource = sourceFor(sources, d.source);
  const weeks = d.minWeeks === d.maxWeeks ? `${d.minWeeks} weeks` : `${d.minWeeks}–${d.maxWeeks} weeks`;
  return (
    <div className="phase-source" data-testid={`phase-source-${phase.id}`}>
      <p className="source-note">
        Source: <cite>{title(main, phase.source)}</cite> · {dateText(main, phase.asOf, format)}
      </p>
      <p className="source-note">
        Typical length {weeks}: {d.basis === 'stated' ? 'as stated in' : 'derived from'} <cite>{title(durationSource, d.source)}</cite> ·{' '}
        {dateText(durationSource, d.asOf, format)}
      </p>
    </div>
  );
}
