/**
 * Timing helpers for benchmarks. Every figure is reported as a ratio to a floor measured in
 * the same run, interleaved round by round, so machine noise hits both sides alike.
 */
export interface Comparison {
  name: string;
  subjectMs: number;
  floorMs: number;
  ratio: number;
  goal: number;
  met: boolean;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median per-call time of each function over `rounds` rounds of `batch` calls, interleaved. */
export function compare(name: string, subject: () => unknown, floor: () => unknown, goal: number, rounds = 31, batch = 200): Comparison {
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
  const subjectMs = median(s);
  const floorMs = median(f);
  const ratio = subjectMs / floorMs;
  return { name, subjectMs, floorMs, ratio, goal, met: ratio <= goal };
}

export function report(rows: Comparison[]): void {
  console.log('metric'.padEnd(44), 'subject'.padStart(12), 'floor'.padStart(12), 'ratio'.padStart(8), 'goal'.padStart(6), ' met');
  for (const r of rows) {
    console.log(
      r.name.padEnd(44),
      `${(r.subjectMs * 1000).toFixed(1)} µs`.padStart(12),
      `${(r.floorMs * 1000).toFixed(1)} µs`.padStart(12),
      `${r.ratio.toFixed(2)}×`.padStart(8),
      `${r.goal}×`.padStart(6),
      r.met ? ' yes' : ' NO',
    );
  }
  console.log(`BENCH_JSON ${JSON.stringify(rows)}`);
}
