/**
 * What the calendar says about each session and exam (electron/main/core/calendar-events.ts): UIDs
 * from the stored session, titles and descriptions with the milestone and what to study, the
 * heads-up as the alarm of planned sessions only, skipped sessions cancelled.
 */
import { describe, expect, it } from 'vitest';
import { calendarEvents, examUid, SESSION_FOOTER, sessionUid, type CalendarEventsInput } from '../../../../../electron/main/core/calendar-events';
import type { CertificationStatus, StudySession } from '../../../../../shared/domain/records';
import { loadBuiltIn } from '../../../shared/content/helpers';

/** The pack the store would answer content:get with. */
const content = loadBuiltIn();

const stored = (id: string, startUtc: string, over: Partial<StudySession> = {}): StudySession => ({
  id,
  weekStart: '2026-11-23',
  startUtc,
  endUtc: new Date(Date.parse(startUtc) + 90 * 60_000).toISOString(),
  minutes: 90,
  milestoneId: 'phase.foundations.maths-intuition',
  status: 'planned',
  loggedMinutes: 0,
  movedFromUtc: null,
  ...over,
});

const plan: CalendarEventsInput['plan'] = {
  milestones: [
    { id: 'phase.foundations.maths-intuition', phaseId: 'phase.foundations', title: 'Maths intuition — Übung 数学', hours: 15, minutes: 900, status: 'planned', adjustment: null, startDate: '2026-11-23', endDate: '2026-12-10' },
  ],
  phases: [{ id: 'phase.foundations', title: 'Foundations: Python, maths and data', hours: 70, startDate: '2026-11-23', endDate: '2027-01-10', skipped: false, milestoneIds: ['phase.foundations.maths-intuition'] }],
};

const booked: CertificationStatus = { certId: 'cert.aws.mla-c01', status: 'exam-booked', examDate: '2027-01-11', passedOn: null, expiresOn: null, spentUsd: 150, updatedAt: '2026-11-01T00:00:00.000Z' };

function events(over: Partial<CalendarEventsInput> = {}) {
  const r = calendarEvents({ plan, content, sessions: [stored('session.20261123T1730', '2026-11-23T17:30:00Z')], certifications: [booked], sessionLeadMinutes: 15, ...over });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('calendarEvents', () => {
  it('a session: UID from its stored id, UTC times from its start and length, the milestone as title', () => {
    expect(events()[0]).toMatchObject({
      uid: 'session.session.20261123T1730@mle-path.app',
      kind: 'session',
      allDay: false,
      start: '2026-11-23T17:30:00.000Z',
      end: '2026-11-23T19:00:00.000Z',
      title: 'Study: Maths intuition — Übung 数学',
      status: 'CONFIRMED',
      alarmMinutes: 15,
    });
    expect(sessionUid('session.20261123T1730')).toBe('session.session.20261123T1730@mle-path.app');
  });

  it('describes the milestone, its phase, what to study and the resources, from the content pack', () => {
    expect(events()[0]?.description).toBe(
      [
        'Milestone: Maths intuition — Übung 数学',
        'Phase: Foundations: Python, maths and data',
        '',
        "What to study: Vectors and matrices, distributions, Bayes' rule, expectation, hypothesis tests, and derivatives as slopes: aim to explain what each means for a model, not to prove it.",
        '',
        'Resources:',
        '- Essence of linear algebra (3Blue1Brown) (https://www.3blue1brown.com/topics/linear-algebra)',
        '- Khan Academy: Statistics and probability (https://www.khanacademy.org/math/statistics-probability)',
        '',
        SESSION_FOOTER,
      ].join('\n'),
    );
    const open = events({ sessions: [stored('session.20261123T1730', '2026-11-23T17:30:00Z', { milestoneId: null })] })[0];
    expect(open).toMatchObject({ title: 'Study session (MLE Path)', description: `Open study time in your plan, with no milestone given to it.\n\n${SESSION_FOOTER}` });
  });

  it('the alarm is the heads-up, on planned sessions only; skipped ones are cancelled', () => {
    const list = events({
      sessions: [
        stored('session.20261123T1730', '2026-11-23T17:30:00Z'),
        stored('session.20261125T1730', '2026-11-25T17:30:00Z', { status: 'done', loggedMinutes: 90 }),
        stored('session.20261128T0800', '2026-11-28T08:00:00Z', { status: 'skipped' }),
      ],
      sessionLeadMinutes: 45,
    });
    expect(list.map((e) => [e.status, e.alarmMinutes])).toEqual([
      ['CONFIRMED', 45],
      ['CONFIRMED', null],
      ['CANCELLED', null],
      ['CONFIRMED', null], // the exam
    ]);
    expect(events({ sessionLeadMinutes: null })[0]?.alarmMinutes).toBeNull();
    expect(events({ sessionLeadMinutes: 0 })[0]?.alarmMinutes).toBe(0);
  });

  it('a booked exam: an all-day event with its code, provider and focus areas; planned ones are left out', () => {
    const list = events({ certifications: [booked, { ...booked, certId: 'cert.aws.aif-c01', status: 'planned', examDate: '2026-12-01' }] });
    expect(list.filter((e) => e.kind === 'exam')).toEqual([
      {
        uid: examUid('cert.aws.mla-c01'),
        kind: 'exam',
        allDay: true,
        start: '2027-01-11',
        end: '2027-01-12',
        title: 'Exam: AWS Certified Machine Learning Engineer – Associate',
        description:
          'Certification exam booked in MLE Path: AWS Certified Machine Learning Engineer – Associate (MLA-C01), Amazon Web Services.\nFocus areas: SageMaker, MLOps pipelines, CI/CD for ML, Model endpoints, Auto-scaling, Model monitoring.',
        status: 'CONFIRMED',
        alarmMinutes: null,
      },
    ]);
  });

  it('keeps control characters out of calendar text and lists a session once', () => {
    const odd = { ...plan, milestones: [{ ...plan.milestones[0]!, title: 'Tab\there\u0007 and\r\nbreak' }] };
    const s = stored('session.20261123T1730', '2026-11-23T17:30:00Z');
    const list = events({ plan: odd, sessions: [s, s], certifications: [] });
    expect(list).toHaveLength(1);
    expect(list[0]?.title).toBe('Study: Tab here  and\nbreak');
  });

  it('refuses a session without a valid start or length, and an exam date that is no date, naming it', () => {
    const bad = calendarEvents({ plan, content, sessions: [stored('broken', '2026-11-23T17:30:00Z', { startUtc: 'not a time' })], certifications: [], sessionLeadMinutes: null });
    expect(bad).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('session broken') } });
    const zero = calendarEvents({ plan, content, sessions: [stored('zero', '2026-11-23T17:30:00Z', { minutes: 0 })], certifications: [], sessionLeadMinutes: null });
    expect(zero).toMatchObject({ ok: false, error: { message: expect.stringContaining('session zero has no valid length') } });
    const exam = calendarEvents({ plan, content, sessions: [], certifications: [{ ...booked, examDate: '2027-02-30' }], sessionLeadMinutes: null });
    expect(exam).toMatchObject({ ok: false, error: { message: expect.stringContaining('AWS Certified Machine Learning Engineer') } });
  });
});
