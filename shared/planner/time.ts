/**
 * Wall-clock <-> instant conversion for the planner, in the learner's IANA time zone.
 *
 * Owns: calendar-day arithmetic ("day numbers"), 'HH:mm' parsing, ISO instant parsing, and the
 * two DST rules every planner module shares so that the week view, the scheduler and the
 * reminders never disagree about what "18:00 on Sunday" means:
 *
 *  - Spring-forward gap (a local time that does not exist, e.g. 02:30 in Europe/Berlin on
 *    2026-03-29): it resolves to the first instant *after* the gap (03:00 local). For ranges
 *    (availability windows) the nonexistent part is simply skipped: 01:00–04:00 that night is
 *    01:00–02:00 + 03:00–04:00, i.e. two real hours.
 *  - Fall-back overlap (a local time that happens twice, e.g. 01:30 in America/New_York on
 *    2026-11-01): a single time resolves to its first occurrence. A range covers every instant
 *    whose wall clock reads inside it, so 01:00–03:00 that night is three real hours.
 *
 * Calendar arithmetic is done on "day numbers" (days since 1970-01-01, proleptic Gregorian,
 * computed with Date.UTC) and "wall milliseconds" (the local wall time written as if it were
 * UTC). Neither depends on the machine's zone, so results are identical on every computer.
 * Zone offsets come from @date-fns/tz (`tzOffset`, backed by Intl), sampled and then narrowed
 * to the exact minute of each transition so half-hour zones and odd transition times work too.
 *
 * Pure: no clock, no randomness, no I/O.
 */
import { tzOffset } from '@date-fns/tz';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const MINUTES_PER_DAY = 24 * 60;

/** Weekday numbering used across the planner: 0 = Monday … 6 = Sunday (ISO order, not JS getDay). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_OF_DAY = /^(\d{2}):(\d{2})$/;
// Instants must carry an explicit zone (Z or ±HH:mm): a bare local timestamp would be read in the
// machine's zone by Date.parse, which is exactly the ambiguity this module exists to remove.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Day number of a real calendar date 'YYYY-MM-DD', or null (rejects 2026-02-30, '2026-1-5'). */
export function parseIsoDate(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const check = new Date(0);
  check.setUTCFullYear(y, m - 1, d);
  const ms = check.getTime();
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

/**
 * Year, month (1–12) and day of a day number, by Hinnant's days-to-civil algorithm: exact for
 * the proleptic Gregorian calendar and several times faster than going through a Date, which
 * matters because a plan formats a date for every one of its sessions.
 */
function civil(day: number): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function formatIsoDate(day: number): string {
  const [y, m, d] = civil(day);
  // Outside 0000–9999 ISO needs a sign and six digits; Date writes those forms.
  if (y < 0 || y > 9999 || !Number.isInteger(day)) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

export function weekdayOf(day: number): Weekday {
  // 1970-01-01 was a Thursday (3 in Monday-based numbering).
  return ((((day + 3) % 7) + 7) % 7) as Weekday;
}

/** Day number of the Monday on or before `day`. */
export function mondayOf(day: number): number {
  return day - weekdayOf(day);
}

/**
 * Minutes since midnight for 'HH:mm' (00:00–23:59), or null. With `allowEndOfDay`, '24:00' is
 * accepted as 1440 so a window or quiet period can run up to midnight at the end of the day.
 */
export function parseTimeOfDay(value: unknown, allowEndOfDay = false): number | null {
  if (typeof value !== 'string') return null;
  const match = TIME_OF_DAY.exec(value);
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (allowEndOfDay && h === 24 && m === 0) return MINUTES_PER_DAY;
  if (h > 23 || m > 59) return null;
  return h * 60 + m;
}

export function formatTimeOfDay(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Epoch milliseconds of an ISO 8601 instant with an explicit zone, or null. */
export function parseInstant(value: unknown): number | null {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** The instant as `Date.prototype.toISOString` writes it (UTC, milliseconds, 'Z'). */
export function formatInstant(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  const [y] = civil(day);
  if (!Number.isInteger(ms) || y < 0 || y > 9999) return new Date(ms).toISOString();
  const rest = ms - day * DAY_MS;
  const h = Math.floor(rest / HOUR_MS);
  const min = Math.floor((rest % HOUR_MS) / MINUTE_MS);
  const sec = Math.floor((rest % MINUTE_MS) / 1000);
  const milli = rest % 1000;
  return `${formatIsoDate(day)}T${pad2(h)}:${pad2(min)}:${pad2(sec)}.${String(milli).padStart(3, '0')}Z`;
}

/** Local wall time as if it were UTC: the arithmetic space for "day D at HH:mm". */
export function wallMs(day: number, minutes: number): number {
  return day * DAY_MS + minutes * MINUTE_MS;
}

/** UTC offset in whole minutes (positive east of Greenwich) at an instant. */
export function offsetAt(timeZone: string, utcMs: number): number {
  const offset = tzOffset(timeZone, new Date(utcMs));
  if (!Number.isFinite(offset)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  // Offsets with seconds only exist in pre-1900 local mean time; the planner works in minutes.
  return Math.round(offset);
}

/** A stretch of time with one constant UTC offset. `endMs` is exclusive. */
export interface OffsetSegment {
  startMs: number;
  endMs: number;
  offsetMinutes: number;
}

/**
 * Offsets in force over [fromMs, toMs], split at every transition. Sampled every `stepMs`
 * (hourly by default: no zone changes twice within an hour), then each change is narrowed by
 * bisection to the exact minute. The scheduler samples every few days instead
 * (SCHEDULE_SAMPLE_MS): no zone in today's rules changes twice within a week, and a two-year
 * plan then costs a few hundred offset look-ups instead of seventeen thousand.
 * Not @date-fns/tz's `tzScan`: it reports changes on whole UTC hours, so Lord Howe's 15:30Z
 * switch would show as 16:00Z and a window that night would be off by 30 minutes.
 */
export function offsetTimeline(timeZone: string, fromMs: number, toMs: number, stepMs: number = HOUR_MS): OffsetSegment[] {
  const start = Math.floor(fromMs / MINUTE_MS) * MINUTE_MS;
  const end = Math.max(start + MINUTE_MS, Math.ceil(toMs / MINUTE_MS) * MINUTE_MS);
  const segments: OffsetSegment[] = [];
  let segStart = start;
  let current = offsetAt(timeZone, start);
  let probe = start;
  while (probe < end) {
    const next = Math.min(probe + stepMs, end);
    const nextOffset = offsetAt(timeZone, next);
    if (nextOffset !== current) {
      let lo = probe; // offset === current
      let hi = next; // offset !== current
      while (hi - lo > MINUTE_MS) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
        if (offsetAt(timeZone, mid) === current) lo = mid;
        else hi = mid;
      }
      segments.push({ startMs: segStart, endMs: hi, offsetMinutes: current });
      segStart = hi;
      current = offsetAt(timeZone, hi);
    }
    probe = next;
  }
  segments.push({ startMs: segStart, endMs: end, offsetMinutes: current });
  return segments;
}

/** Sampling step of the scheduler's offset timelines (see offsetTimeline). */
export const SCHEDULE_SAMPLE_MS = 5 * DAY_MS;

function offsetOn(timeline: readonly OffsetSegment[], utcMs: number): number {
  for (const seg of timeline) if (utcMs >= seg.startMs && utcMs < seg.endMs) return seg.offsetMinutes;
  return timeline[timeline.length - 1]?.offsetMinutes ?? 0;
}

/** Local day number at an instant, from a timeline that covers it (no Intl call). */
export function localDayOn(timeline: readonly OffsetSegment[], utcMs: number): number {
  return Math.floor((utcMs + offsetOn(timeline, utcMs) * MINUTE_MS) / DAY_MS);
}

/**
 * The first instant the wall clock shows `wall` (wall milliseconds), or the end of the gap when
 * it never does: wallToInstant's rules, from a timeline that covers it (no Intl call).
 */
export function wallToInstantOn(timeline: readonly OffsetSegment[], wall: number): number {
  for (const seg of timeline) {
    const candidate = wall - seg.offsetMinutes * MINUTE_MS;
    if (candidate >= seg.startMs && candidate < seg.endMs) return candidate;
  }
  for (let i = 1; i < timeline.length; i += 1) {
    const before = timeline[i - 1]!;
    const after = timeline[i]!;
    if (after.startMs + before.offsetMinutes * MINUTE_MS <= wall && wall < after.startMs + after.offsetMinutes * MINUTE_MS) return after.startMs;
  }
  const last = timeline[timeline.length - 1];
  return wall - (last?.offsetMinutes ?? 0) * MINUTE_MS;
}

/** What the wall clock shows at an instant, from a timeline that covers it (no Intl call). */
export function instantToLocalOn(timeline: readonly OffsetSegment[], utcMs: number): LocalTime {
  const wall = utcMs + offsetOn(timeline, utcMs) * MINUTE_MS;
  const day = Math.floor(wall / DAY_MS);
  const minutes = Math.floor((wall - day * DAY_MS) / MINUTE_MS);
  return { day, date: formatIsoDate(day), minutes, time: formatTimeOfDay(minutes), weekday: weekdayOf(day) };
}

/** [startMs, endMs) instant interval. */
export type Interval = readonly [number, number];

/**
 * Every instant whose local wall clock reads within [wallStart, wallEnd), as sorted, merged
 * intervals. Nonexistent wall times (spring-forward gap) contribute nothing; repeated wall
 * times (fall-back) contribute both occurrences. The timeline must cover the range ±14 h.
 */
export function wallRangeToIntervals(timeline: readonly OffsetSegment[], wallStart: number, wallEnd: number): Interval[] {
  const pieces: [number, number][] = [];
  for (const seg of timeline) {
    const a = Math.max(seg.startMs, wallStart - seg.offsetMinutes * MINUTE_MS);
    const b = Math.min(seg.endMs, wallEnd - seg.offsetMinutes * MINUTE_MS);
    if (a < b) pieces.push([a, b]);
  }
  pieces.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && piece[0] <= last[1]) last[1] = Math.max(last[1], piece[1]);
    else merged.push([piece[0], piece[1]]);
  }
  return merged;
}

// Every real offset lies within UTC−12 … UTC+14; this margin covers all candidate instants.
const OFFSET_MARGIN_MS = 15 * HOUR_MS;

/**
 * All instants at which the wall clock shows `minutes` on local `day`, earliest first: one
 * normally, two in a fall-back overlap. In a spring-forward gap the wall time never shows, and
 * the answer is the single instant where the gap ends (the first moment the clock reads later).
 */
export function wallToInstants(timeZone: string, day: number, minutes: number): number[] {
  const wall = wallMs(day, minutes);
  const timeline = offsetTimeline(timeZone, wall - OFFSET_MARGIN_MS, wall + OFFSET_MARGIN_MS);
  const found: number[] = [];
  for (const seg of timeline) {
    const candidate = wall - seg.offsetMinutes * MINUTE_MS;
    if (candidate >= seg.startMs && candidate < seg.endMs) found.push(candidate);
  }
  if (found.length > 0) return found;
  for (let i = 1; i < timeline.length; i += 1) {
    const before = timeline[i - 1]!;
    const after = timeline[i]!;
    const boundary = after.startMs;
    if (boundary + before.offsetMinutes * MINUTE_MS <= wall && wall < boundary + after.offsetMinutes * MINUTE_MS) {
      return [boundary];
    }
  }
  // Unreachable for real zones; keep a defined answer rather than throwing mid-plan.
  const last = timeline[timeline.length - 1]!;
  return [wall - last.offsetMinutes * MINUTE_MS];
}

/** The instant for local `day` at `minutes` (first occurrence; end of gap if nonexistent). */
export function wallToInstant(timeZone: string, day: number, minutes: number): number {
  return wallToInstants(timeZone, day, minutes)[0]!;
}

export interface LocalTime {
  day: number;
  date: string;
  minutes: number;
  time: string;
  weekday: Weekday;
}

/** What the learner's wall clock shows at an instant. */
export function instantToLocal(timeZone: string, utcMs: number): LocalTime {
  const wall = utcMs + offsetAt(timeZone, utcMs) * MINUTE_MS;
  const day = Math.floor(wall / DAY_MS);
  const minutes = Math.floor((wall - day * DAY_MS) / MINUTE_MS);
  return { day, date: formatIsoDate(day), minutes, time: formatTimeOfDay(minutes), weekday: weekdayOf(day) };
}
