/**
 * Places a plan's milestones into study sessions, week after week, inside the learner's
 * availability (their zone, DST-safe), with the same week planner the calendar uses
 * (schedule.ts). Everything a plan dates comes from here: a milestone starts on the day of its
 * first session and ends on the day of its last, a week holds exactly the minutes recorded for
 * it, and the minutes of each day are what "due by today" is measured against.
 *
 * Bounded: at most MAX_PLAN_WEEKS weeks; work left after that is reported, never looped over.
 */
import type { WeeklyAvailability } from '../domain/availability';
import type { PlanWeek } from '../domain/plan';
import { planWeek, type FocusItem } from './schedule';
import { DAY_MS, formatIsoDate, HOUR_MS, localDayOn, MINUTE_MS, mondayOf, offsetTimeline, SCHEDULE_SAMPLE_MS, wallMs, wallToInstantOn, type OffsetSegment } from './time';

/** Ten years: a plan longer than that is not a plan, and every loop over its dates stays bounded. */
export const MAX_PLAN_WEEKS = 522;
/** Offsets are looked up two months at a time, as far as the plan actually reaches. */
const TIMELINE_CHUNK_WEEKS = 8;

export interface PlacementInput {
  availability: WeeklyAvailability;
  /** Minutes a week (the learner's weekly hours, capped by what the windows hold). */
  weeklyMinutes: number;
  /** The plan's first local day. */
  startDay: number;
  /** The moment of planning, when later than that day's local midnight. */
  fromMs: number | null;
  /** Minutes of the first week already taken by sessions the learner keeps. */
  firstWeekUsedMinutes: number;
  queue: readonly FocusItem[];
}

export interface MilestoneSpan {
  firstDay: number;
  lastDay: number;
  minutes: number;
}

export interface Placement {
  weeks: PlanWeek[];
  spans: Map<string, MilestoneSpan>;
  /** Minutes of study per local day number, in order. */
  days: Map<number, number>;
  /** Minutes per month key 'YYYY-MM', and the milestones with a session in it. */
  months: Map<string, { minutes: number; milestoneIds: Set<string> }>;
  /** Focus minutes that did not fit into MAX_PLAN_WEEKS. */
  leftoverMinutes: number;
  /** The instant the first session may start: the start day's midnight, or the moment of planning. */
  startMs: number;
}

/** A zone's offsets over the plan's span, extended as the placement reaches further. */
class ZoneTimeline {
  private segments: OffsetSegment[] = [];
  private coveredTo: number;
  constructor(
    private readonly timeZone: string,
    readonly from: number,
  ) {
    this.coveredTo = from;
  }
  cover(toMs: number): readonly OffsetSegment[] {
    if (toMs <= this.coveredTo) return this.segments;
    const next = Math.max(toMs, this.coveredTo + TIMELINE_CHUNK_WEEKS * 7 * DAY_MS);
    const added = offsetTimeline(this.timeZone, this.coveredTo, next, SCHEDULE_SAMPLE_MS);
    const last = this.segments[this.segments.length - 1];
    const head = added[0];
    // Join the seam so one offset run stays one segment.
    if (last && head && last.offsetMinutes === head.offsetMinutes && last.endMs === head.startMs) {
      last.endMs = head.endMs;
      this.segments.push(...added.slice(1));
    } else {
      this.segments.push(...added);
    }
    this.coveredTo = next;
    return this.segments;
  }
}

/**
 * Offsets depend only on the zone and the instant, so one timeline per zone is kept between
 * plans: the store re-plans on every tick, always in the same zone. A few zones at most.
 */
const timelines = new Map<string, ZoneTimeline>();
const MAX_CACHED_ZONES = 4;
function zoneTimeline(timeZone: string, from: number): ZoneTimeline {
  const cached = timelines.get(timeZone);
  if (cached && cached.from <= from) return cached;
  if (timelines.size >= MAX_CACHED_ZONES) timelines.clear();
  // Start a little early so plans made over the next days reuse it.
  const made = new ZoneTimeline(timeZone, from - 7 * DAY_MS);
  timelines.set(timeZone, made);
  return made;
}

export function placePlan(input: PlacementInput): Placement {
  const { availability } = input;
  const min = availability.sessionMinutes.min;
  // The plan's first Monday is at most a week before its first day, and a day after planning.
  const timeline = zoneTimeline(availability.timeZone, wallMs(mondayOf(input.startDay) - 7, 0) - 15 * HOUR_MS);
  const midnight = wallToInstantOn(timeline.cover(wallMs(input.startDay + 1, 0) + 15 * HOUR_MS), wallMs(input.startDay, 0));
  const startMs = input.fromMs !== null && input.fromMs > midnight ? input.fromMs : midnight;
  const firstMonday = mondayOf(startMs === midnight ? input.startDay : localDayOn(timeline.cover(startMs + DAY_MS), startMs));
  let queue: FocusItem[] = input.queue.filter((f) => f.remainingMinutes > 0).map((f) => ({ ...f }));
  const out: Placement = { weeks: [], spans: new Map(), days: new Map(), months: new Map(), leftoverMinutes: 0, startMs };

  const placements = new Map<string, readonly (readonly [number, number])[]>();
  let lastDay = Number.NaN;
  let lastMonth = '';
  for (let w = 0; w < MAX_PLAN_WEEKS && queue.length > 0; w += 1) {
    const monday = firstMonday + 7 * w;
    // Only the offsets around this week: the windows are resolved against a handful of segments,
    // not the plan's whole span.
    const from = wallMs(monday, 0) - 15 * HOUR_MS;
    const to = wallMs(monday + 7, 0) + 15 * HOUR_MS;
    const segments = timeline.cover(to).filter((seg) => seg.endMs > from && seg.startMs < to);
    const budget = w === 0 ? Math.max(0, input.weeklyMinutes - input.firstWeekUsedMinutes) : input.weeklyMinutes;
    const demand = queue.reduce((s, f) => s + f.remainingMinutes, 0);
    const target = budget < min ? 0 : Math.min(budget, Math.max(demand, min));
    if (target === 0) continue;
    const result = planWeek({
      availability,
      budget: input.weeklyMinutes,
      weekStartDay: monday,
      focus: queue,
      targetMinutes: target,
      ...(w === 0 ? { notBeforeMs: startMs } : {}),
      timeline: segments,
      intervalsOnly: true,
      consumeFocus: true,
      placements,
    });
    // The availability was validated and can hold a session, so a week cannot fail here.
    if (!result.ok) continue;
    queue = result.remainingFocus ?? [];
    if (result.allocation.length === 0) continue;
    out.weeks.push({ weekStart: result.plan.weekStart, targetMinutes: result.targetMinutes, items: result.allocation });
    for (const { interval, milestoneId: id } of result.placed) {
      if (id === undefined) continue;
      const day = localDayOn(segments, interval[0]);
      const minutes = Math.round((interval[1] - interval[0]) / MINUTE_MS);
      const span = out.spans.get(id);
      if (span) {
        span.lastDay = day;
        span.minutes += minutes;
      } else {
        out.spans.set(id, { firstDay: day, lastDay: day, minutes });
      }
      out.days.set(day, (out.days.get(day) ?? 0) + minutes);
      if (day !== lastDay) {
        lastDay = day;
        lastMonth = formatIsoDate(day).slice(0, 7);
      }
      const month = lastMonth;
      const entry = out.months.get(month) ?? { minutes: 0, milestoneIds: new Set<string>() };
      entry.minutes += minutes;
      entry.milestoneIds.add(id);
      out.months.set(month, entry);
    }
  }
  out.leftoverMinutes = queue.reduce((s, f) => s + f.remainingMinutes, 0);
  return out;
}
