/**
 * Salary bands from the content pack, by region and level. Where the sources give more than
 * one figure for the same level they disagree, and both are shown side by side with their
 * sources rather than averaged (the pack's salary notes say which figures disagree).
 */
import type { SalaryBand } from '../../../shared/content/schema';
import { useContent } from '../shared/content';
import { SourceList, SourceNote } from '../guide/SourceNote';
import type { DisplayFormat } from '../../../shared/locale/display-format';
import { useDisplayFormat } from '../shared/locale';
import { Chips } from '../shared/Chips';

type Band = SalaryBand;
type Level = Band['level'];
type Region = Band['region'];

const LEVELS: readonly Level[] = ['entry', 'mid', 'senior', 'all-levels'];
const LEVEL_TITLES: Record<Level, string> = { entry: 'Entry level', mid: 'Mid level', senior: 'Senior', 'all-levels': 'All levels' };
const REGIONS: readonly { region: Region; title: string }[] = [
  { region: 'US', title: 'United States (USD a year)' },
  { region: 'IN', title: 'India (INR a year)' },
];

/** A band's figure in the currency its source quotes (dollars, or rupees for India), in the learner's locale. */
function money(band: Band, n: number, format: DisplayFormat): string {
  return format.money(n, band.currency);
}

/** Indian salaries are usually quoted in lakhs (1L = ₹100,000). */
function lakhs(n: number, format: DisplayFormat): string {
  return `₹${format.number(n / 100_000)}L`;
}

function ordinal(n: number): string {
  const suffix = n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

function rangeText(band: Band, format: DisplayFormat): string | null {
  const plus = band.openEndedMax ? '+' : '';
  if (band.min !== null && band.max !== null) return `${money(band, band.min, format)} – ${money(band, band.max, format)}${plus}`;
  // "X+" in the source: a floor with no stated top.
  if (band.min !== null) return band.openEndedMax ? `${money(band, band.min, format)}+` : `from ${money(band, band.min, format)}`;
  if (band.max !== null) return `up to ${money(band, band.max, format)}${plus}`;
  return null;
}

/** Notes point at other bands by id ("see salary.us.entry.faq"); show the band's label instead. */
function readableNote(note: string, bands: readonly Band[]): string {
  return note.replace(/\bsalary\.[a-z0-9.-]*[a-z0-9]/g, (id) => {
    const band = bands.find((b) => b.id === id);
    return band ? `“${band.label}”` : id;
  });
}

function BandFigure({ band }: { band: Band }) {
  const format = useDisplayFormat();
  const { pack } = useContent();
  const range = rangeText(band, format);
  const facts = [
    band.median !== null ? `Median ${money(band, band.median, format)}` : null,
    band.average !== null ? `Average ${money(band, band.average, format)}` : null,
    ...band.percentiles.map((p) => `${ordinal(p.percentile)} percentile ${money(band, p.value, format)}`),
  ].filter((x): x is string => x !== null);
  return (
    <div className="costs-band" data-testid={`salary-${band.id}`}>
      <span className="costs-band-label">{band.label}</span>
      {range && <span className="costs-band-range">{range}</span>}
      {band.currency === 'INR' && band.min !== null && band.max !== null && (
        <span className="costs-band-alt">
          {lakhs(band.min, format)} – {lakhs(band.max, format)} in lakhs
        </span>
      )}
      {facts.length > 0 && (
        <ul className="costs-band-facts">
          {facts.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      )}
      {band.note && <p className="muted small">{readableNote(band.note, pack.salaryBands)}</p>}
      <SourceNote source={band.source} asOf={band.asOf} via={band.dataSource} short />
    </div>
  );
}

export function SalaryBands() {
  const format = useDisplayFormat();
  const { pack } = useContent();
  return (
    <section className="card stack" aria-labelledby="salary-title">
      <div>
        <h2 id="salary-title">What ML engineers earn</h2>
        <p className="muted small">
          Yearly pay as each source states it; the sources do not say whether a figure is salary alone or total pay. Where sources disagree,
          every figure is shown.
        </p>
      </div>
      {REGIONS.map(({ region, title }) => {
        const bands = pack.salaryBands.filter((b) => b.region === region);
        if (bands.length === 0) return null;
        return (
          <div key={region} className="costs-region">
            <h3>{title}</h3>
            <div className="costs-levels">
              {LEVELS.map((level) => {
                const group = bands.filter((b) => b.level === level);
                if (group.length === 0) return null;
                const trends = pack.salaryTrends.filter((t) => t.region === region && t.level === level);
                const levelId = `salary-${region}-${level}`;
                return (
                  <article key={level} className="costs-level" aria-labelledby={levelId}>
                    <header className="costs-level-head">
                      <h4 id={levelId}>{LEVEL_TITLES[level]}</h4>
                      {group.length > 1 && <span className="costs-differ">Sources differ · {group.length} figures</span>}
                    </header>
                    {group.map((band) => (
                      <BandFigure key={band.id} band={band} />
                    ))}
                    {trends.map((t) => (
                      <div key={t.id} className="costs-trend">
                        <span className="costs-trend-figure">
                          Trend: {t.changePercent > 0 ? '+' : ''}
                          {format.percent(t.changePercent)} {t.periodLabel}
                        </span>
                        <SourceNote source={t.source} asOf={t.asOf} via={t.dataSource} short />
                      </div>
                    ))}
                  </article>
                );
              })}
            </div>
          </div>
        );
      })}
      <Premiums />
      <SourceList items={[...pack.salaryBands, ...pack.salaryTrends]} label="Documents" />
    </section>
  );
}

/** Skills the sources say pay more; they name no premium figure, so none is shown. */
function Premiums() {
  const premiums = useContent().pack.salaryPremiums;
  if (premiums.length === 0) return null;
  return (
    <div className="costs-region" data-testid="salary-premiums">
      <h3>Specialisations that pay more</h3>
      {premiums.map((p) => (
        <div key={p.id} className="costs-band">
          <Chips items={p.skills} label="Specialisations" />
          <p className="small">{p.summary}</p>
          <SourceNote source={p.source} asOf={p.asOf} short />
        </div>
      ))}
    </div>
  );
}
