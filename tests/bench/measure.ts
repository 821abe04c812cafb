/**
 * Measuring and reporting for benchmarks. Every figure is a ratio to a floor measured in the
 * same run, interleaved round by round, so machine noise hits both sides alike. Each bench
 * prints its rows as a table and as one `BENCH_JSON` line that run.mjs collects.
 */
export type Unit = 'ms' | 'bytes';

export interface Row {
  name: string;
  subject: number;
  floor: number;
  unit: Unit;
  /** Largest acceptable subject / floor; null for a figure shown for information only. */
  goal: number | null;
}

export interface Result extends Row {
  ratio: number;
  met: boolean | null;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median per-call time in ms of each function over `rounds` rounds of `batch` calls, interleaved. */
/** The value below which `q` of the samples lie (nearest rank), e.g. q = 0.95 for the 95th percentile. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

export function compare(name: string, subject: () => unknown, floor: () => unknown, goal: number, rounds = 31, batch = 200): Row {
  // Results are counted so the engine cannot drop the calls as dead code.
  let results = 0;
  const run = (fn: () => unknown) => {
    if (fn() !== undefined) results++;
  };
  for (let i = 0; i < batch; i++) {
    run(subject);
    run(floor);
  }
  const s: number[] = [];
  const f: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    for (let i = 0; i < batch; i++) run(subject);
    s.push((performance.now() - t) / batch);
    t = performance.now();
    for (let i = 0; i < batch; i++) run(floor);
    f.push((performance.now() - t) / batch);
  }
  if (results < 0) console.log('unreachable');
  return { name, subject: median(s), floor: median(f), unit: 'ms', goal };
}

function format(value: number, unit: Unit): string {
  if (unit === 'bytes') return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(2)} MB` : `${(value / 1024).toFixed(1)} KB`;
  return value < 1 ? `${(value * 1000).toFixed(1)} µs` : `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

export function report(rows: readonly Row[]): Result[] {
  const results = rows.map((r) => {
    const ratio = r.subject / r.floor;
    return { ...r, ratio, met: r.goal === null ? null : ratio <= r.goal };
  });
  console.log('metric'.padEnd(46), 'subject'.padStart(11), 'floor'.padStart(11), 'ratio'.padStart(7), 'goal'.padStart(6), ' met');
  for (const r of results) {
    console.log(
      r.name.padEnd(46),
      format(r.subject, r.unit).padStart(11),
      format(r.floor, r.unit).padStart(11),
      `${r.ratio.toFixed(2)}×`.padStart(7),
      (r.goal === null ? '–' : `${r.goal}×`).padStart(6),
      r.met === null ? ' –' : r.met ? ' yes' : ' NO',
    );
  }
  console.log(`BENCH_JSON ${JSON.stringify(results)}`);
  return results;
}
