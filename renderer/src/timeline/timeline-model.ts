/**
 * Turns a plan view into the rows the timeline draws: one per month of `plan.timeline`, with
 * where each phase starts and ends inside the month (as fractions, so the bands line up across
 * rows), the milestones active that month, exams, hours, and where today falls. Pure, so the
 * screen only renders.
 */
import { differenceInCalendarDays, getDaysInMonth, parseISO } from 'date-fns';
import type { PlanView } from '../../../shared/ipc/contract';


/** Number of distinct phase colours in timeline.css; later phases reuse them in order. */
export const PHASE_COLOURS = 6;

export interface TimelinePhase {
  id: string;
  title: string;
  colour: number;
  startDate: string;
  endDate: string;
}

export interface TimelineBand {
  phase: TimelinePhase;
  /** Share of the month before the phase starts (0 = from the 1st). */
  from: number;
  /** Share of the month at which the phase ends (1 = to the last day). */
  to: number;
}

export interface TimelineExam {
  certId: string;
  label: string;
  date: string;
  booked: boolean;
}

export interface TimelineRow {
  month: string;
  index: number;
  hours: number;
  bands: TimelineBand[];
  milestones: { id: string; title: string; done: boolean }[];
  exams: TimelineExam[];
  when: 'past' | 'current' | 'future';
  /** In the current month: how far through the month today is (0–1); otherwise null. */
  todayAt: number | null;
}

export interface TimelineModel {
  phases: TimelinePhase[];
  rows: TimelineRow[];
  maxHours: number;
  /** Where today is relative to the plan's months. */
  position: 'before' | 'during' | 'after';
  /** Exams whose date falls outside the plan's months (e.g. booked after the ETA). */
  examsOutside: TimelineExam[];
}

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

/** `certificationLabel` names an exam (from the content pack in use). */
export function buildTimeline(view: PlanView, certificationLabel: (certId: string) => string): TimelineModel {
  const { plan } = view;
  const doneIds = new Set(view.doneMilestoneIds);
  const todayMonth = view.today.slice(0, 7);

  const phases: TimelinePhase[] = plan.phases.flatMap((p, i) =>
    p.skipped ? [] : [{ id: p.id, title: p.title, colour: i % PHASE_COLOURS, startDate: p.startDate, endDate: p.endDate }],
  );
  const milestonesById = new Map(plan.milestones.map((m) => [m.id, m]));
  // Milestones finished before the plan was (re)made carry no hours, so the plan's months leave
  // them out; they are shown done in the month the plan dated them.
  const doneByMonth = new Map<string, string[]>();
  for (const m of plan.milestones) {
    if (m.status !== 'done') continue;
    const key = m.startDate.slice(0, 7);
    doneByMonth.set(key, [...(doneByMonth.get(key) ?? []), m.id]);
  }

  const exams: (TimelineExam & { month: string })[] = plan.certifications.map((c) => ({
    certId: c.certId,
    label: certificationLabel(c.certId),
    date: c.targetExamDate,
    booked: c.booked,
    month: c.targetExamDate.slice(0, 7),
  }));

  const rows: TimelineRow[] = plan.timeline.map((month) => {
    const first = parseISO(`${month.month}-01`);
    const days = getDaysInMonth(first);
    const bands = phases
      .filter((p) => month.phaseIds.includes(p.id))
      .map((phase) => ({
        phase,
        from: clamp01(differenceInCalendarDays(parseISO(phase.startDate), first) / days),
        to: clamp01((differenceInCalendarDays(parseISO(phase.endDate), first) + 1) / days),
      }));
    const ids = [...(doneByMonth.get(month.month) ?? []), ...month.milestoneIds];
    const milestones = ids.flatMap((id) => {
      const m = milestonesById.get(id);
      return m ? [{ id, title: m.title, done: m.status === 'done' || doneIds.has(id) }] : [];
    });
    return {
      month: month.month,
      index: month.index,
      hours: month.hours,
      bands,
      milestones,
      exams: exams.filter((e) => e.month === month.month),
      when: month.month < todayMonth ? 'past' : month.month === todayMonth ? 'current' : 'future',
      todayAt: month.month === todayMonth ? clamp01((differenceInCalendarDays(parseISO(view.today), first) + 0.5) / days) : null,
    };
  });

  const firstMonth = rows[0]?.month ?? todayMonth;
  const lastMonth = rows[rows.length - 1]?.month ?? todayMonth;
  const position = todayMonth < firstMonth ? 'before' : todayMonth > lastMonth ? 'after' : 'during';
  const months = new Set(rows.map((r) => r.month));
  return {
    phases,
    rows,
    maxHours: Math.max(0, ...rows.map((r) => r.hours)),
    position,
    examsOutside: exams.filter((e) => !months.has(e.month)),
  };
}
