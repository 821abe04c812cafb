import { describe, expect, it } from 'vitest';
import { createInternalService } from '../../../../../electron/store/internal-service';
import { answer } from '../../../../../electron/store/port-server';
import { PROFILE, setupService } from '../setup';

describe('certification checklist', () => {
  it('booking an exam stores it, fixes the date in the plan and announces the new plan', async () => {
    const { handlers, emitted } = setupService();
    await handlers['profile:save'](PROFILE);
    const booked = await handlers['certification:update']({ certId: 'cert.aws.mla-c01', status: 'exam-booked', examDate: '2027-09-10', passedOn: null, spentUsd: 150 });
    expect(booked).toMatchObject({ ok: true, value: { certId: 'cert.aws.mla-c01', status: 'exam-booked', examDate: '2027-09-10', expiresOn: null } });
    const view = await handlers['plan:get']({});
    expect(view.ok && view.value?.plan.certifications.find((c) => c.certId === 'cert.aws.mla-c01')).toMatchObject({ booked: true, targetExamDate: '2027-09-10' });
    expect(emitted.at(-1)?.[0]).toBe('plan:changed');
  });

  it('a passed exam with a validity gets its expiry date', async () => {
    const { handlers } = setupService();
    const passed = await handlers['certification:update']({ certId: 'cert.gcp.pmle', status: 'passed', examDate: '2026-01-10', passedOn: '2026-01-10', spentUsd: 200 });
    expect(passed.ok && passed.value.expiresOn).toBe('2028-01-10');
  });

  it('refuses to plan a retired exam and names its replacement; nothing is stored', async () => {
    const { handlers, db } = setupService();
    const result = await handlers['certification:update']({ certId: 'cert.aws.mls-c01', status: 'planned', examDate: null, passedOn: null, spentUsd: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/retired on 2026-03-31; plan .*Machine Learning Engineer/) } });
    expect(await db.certifications.count()).toBe(0);
    expect(await handlers['certification:update']({ certId: 'cert.nope.x', status: 'planned', examDate: null, passedOn: null, spentUsd: 0 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('quiz', () => {
  it('grades answers from the pack, stores the attempt and returns readiness', async () => {
    const { handlers, pack } = setupService();
    const q = pack.quiz.filter((x) => x.area === 'mlops-deployment').slice(0, 2);
    const result = await handlers['quiz:record']({
      kind: 'practice',
      answers: q.map((x, i) => ({ questionId: x.id, chosenIndex: i === 0 ? x.correctIndex : (x.correctIndex + 1) % x.options.length })),
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.attempt.answers.map((a) => a.correct)).toEqual([true, false]);
    expect(result.value.readiness?.basis).toBe('quiz');
    const history = await handlers['quiz:history']({});
    expect(history.ok && history.value.attempts).toHaveLength(1);
  });

  it('refuses unknown questions and impossible options, storing nothing', async () => {
    const { handlers, pack, db } = setupService();
    expect(await handlers['quiz:record']({ kind: 'quick', answers: [{ questionId: 'quiz.nope.q', chosenIndex: 0 }] })).toMatchObject({ ok: false, error: { issues: [{ path: 'answers[0].questionId' }] } });
    expect(await handlers['quiz:record']({ kind: 'quick', answers: [{ questionId: pack.quiz[0]!.id, chosenIndex: 7 }] })).toMatchObject({ ok: false, error: { issues: [{ path: 'answers[0].chosenIndex' }] } });
    expect(await db.quizAttempts.count()).toBe(0);
    expect(await handlers['quiz:history']({})).toEqual({ ok: true, value: { attempts: [], readiness: null } });
  });
});

describe('certification practice rounds', () => {
  const MLA = 'cert.aws.mla-c01';
  const AREA = 'Model monitoring';

  it('grades a round against the certification bank and stores it with its certification, focus area and each answer\'s focus area', async () => {
    const { handlers, pack, db } = setupService();
    const qs = pack.practice.filter((q) => q.certId === MLA && q.focusArea === AREA);
    const result = await handlers['quiz:record']({
      kind: 'practice',
      certId: MLA,
      focusArea: AREA,
      answers: qs.map((q, i) => ({ questionId: q.id, chosenIndex: i === 0 ? q.correctIndex : (q.correctIndex + 1) % q.options.length })),
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.attempt).toMatchObject({ kind: 'practice', certId: MLA, focusArea: AREA });
    // MLA-C01 belongs to the MLOps phase, so its answers carry that skill area.
    expect(result.value.attempt.answers.map((a) => [a.questionId, a.area, a.focusArea, a.correct])).toEqual(
      qs.map((q, i) => [q.id, 'mlops-deployment', AREA, i === 0]),
    );
    expect(await db.quizAttempts.count()).toBe(1);
    expect(await handlers['practice:history']({})).toEqual({ ok: true, value: { attempts: [result.value.attempt] } });
  });

  it('leaves the readiness score, the quiz history and the plan exactly as they were', async () => {
    const { handlers, pack } = setupService();
    await handlers['profile:save'](PROFILE);
    const quiz = pack.quiz.filter((x) => x.area === 'ml-modelling').slice(0, 2);
    const quick = await handlers['quiz:record']({ kind: 'practice', answers: quiz.map((x) => ({ questionId: x.id, chosenIndex: x.correctIndex })) });
    if (!quick.ok) throw new Error(quick.error.message);
    const before = { history: await handlers['quiz:history']({}), plan: await handlers['plan:get']({}) };

    // A whole MLA-C01 round, every answer wrong.
    const round = await handlers['quiz:record']({
      kind: 'practice',
      certId: MLA,
      answers: pack.practice.filter((q) => q.certId === MLA).map((q) => ({ questionId: q.id, chosenIndex: (q.correctIndex + 1) % q.options.length })),
    });
    if (!round.ok) throw new Error(round.error.message);
    expect(round.value.readiness).toEqual(quick.value.readiness);
    expect(await handlers['quiz:history']({})).toEqual(before.history);
    expect(await handlers['plan:get']({})).toEqual(before.plan);
  });

  it('answers a round with no readiness data yet with a null readiness instead of failing', async () => {
    const { handlers, pack } = setupService();
    const q = pack.practice.find((x) => x.certId === 'cert.gcp.pmle')!;
    const result = await handlers['quiz:record']({ kind: 'practice', certId: 'cert.gcp.pmle', answers: [{ questionId: q.id, chosenIndex: q.correctIndex }] });
    expect(result).toMatchObject({ ok: true, value: { readiness: null, attempt: { certId: 'cert.gcp.pmle' } } });
  });

  it.each([
    ['a retired certification', { certId: 'cert.aws.mls-c01' }, 'certId'],
    ['a certification without a bank', { certId: 'cert.python-institute.pcep' }, 'certId'],
    ['a focus area the certification does not list', { certId: MLA, focusArea: 'Amazon Bedrock' }, 'focusArea'],
    ['a question of another certification', { certId: 'cert.gcp.pmle' }, 'answers[0].questionId'],
    ['a readiness quiz question', { certId: MLA, question: 'quiz' }, 'answers[0].questionId'],
    ['a question of another focus area', { certId: MLA, focusArea: 'SageMaker' }, 'answers[0].questionId'],
  ] as const)('refuses %s and stores nothing', async (_what, request, path) => {
    const { handlers, pack, db } = setupService();
    const question = 'question' in request ? pack.quiz[0]! : pack.practice.find((q) => q.certId === MLA && q.focusArea === AREA)!;
    const result = await handlers['quiz:record']({
      kind: 'practice',
      certId: request.certId,
      ...('focusArea' in request ? { focusArea: request.focusArea } : {}),
      answers: [{ questionId: question.id, chosenIndex: 0 }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', issues: [{ path }] } });
    expect(await db.quizAttempts.count()).toBe(0);
  });

  it('refuses an impossible option or a question answered twice', async () => {
    const { handlers, pack, db } = setupService();
    const q = pack.practice.find((x) => x.certId === MLA)!;
    expect(await handlers['quiz:record']({ kind: 'practice', certId: MLA, answers: [{ questionId: q.id, chosenIndex: q.options.length }] })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'answers[0].chosenIndex' }] },
    });
    expect(
      await handlers['quiz:record']({ kind: 'practice', certId: MLA, answers: [{ questionId: q.id, chosenIndex: 0 }, { questionId: q.id, chosenIndex: 1 }] }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: 'answers[1].questionId' }] } });
    expect(await db.quizAttempts.count()).toBe(0);
  });
});

describe('spending, checklists, settings, reset', () => {
  it('adds, lists and deletes expenses', async () => {
    const { handlers } = setupService();
    const added = await handlers['spending:add']({ date: '2026-11-20', amountUsd: 39, label: 'Practice exams', certId: 'cert.aws.mla-c01' });
    if (!added.ok) throw new Error(added.error.message);
    expect((await handlers['spending:list']({})).ok).toBe(true);
    expect(await handlers['spending:delete']({ id: added.value.id })).toEqual({ ok: true, value: { id: added.value.id } });
    expect(await handlers['spending:delete']({ id: added.value.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await handlers['spending:list']({})).toEqual({ ok: true, value: [] });
  });

  it('ticks project and gate items by content id only', async () => {
    const { handlers, pack } = setupService();
    const item = pack.projects[0]!.checklist[0]!.id;
    const gate = pack.phases[0]!.gate.items[0]!.id;
    await handlers['checklist:set']({ itemId: item, checked: true });
    const both = await handlers['checklist:set']({ itemId: gate, checked: true });
    expect(both.ok && both.value.map((t) => t.itemId).sort()).toEqual([gate, item].sort());
    const one = await handlers['checklist:set']({ itemId: item, checked: false });
    expect(one.ok && one.value.map((t) => t.itemId)).toEqual([gate]);
    expect(await handlers['checklist:set']({ itemId: 'project.nope', checked: true })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('keeps the calendar folder main chose in the settings row; a row from before the field answers null', async () => {
    const { handlers, db, emitted } = setupService();
    const internal = createInternalService({ db, emit: (event, payload) => emitted.push([event, payload]) });
    // A settings row as an older build wrote it: no calendarFolder at all.
    const { calendarFolder: _absent, ...older } = (await db.settings.get('me'))!;
    await db.settings.put(older);
    expect(await handlers['settings:get']({})).toMatchObject({ ok: true, value: { calendarFolder: null, theme: 'system' } });
    const chosen = await internal['settings:set-calendar-folder']({ folder: '/home/ada/Calendars' });
    expect(chosen).toMatchObject({ ok: true, value: { calendarFolder: '/home/ada/Calendars' } });
    expect(emitted.at(-1)).toEqual(['settings:changed', chosen.ok ? chosen.value : null]);
    expect(await db.settings.get('me')).toMatchObject({ calendarFolder: '/home/ada/Calendars' });
    // Another setting leaves it alone; null stops it.
    await handlers['settings:update']({ theme: 'dark' });
    expect(await db.settings.get('me')).toMatchObject({ calendarFolder: '/home/ada/Calendars', theme: 'dark' });
    await handlers['settings:update']({ calendarFolder: null });
    expect(await handlers['settings:get']({})).toMatchObject({ ok: true, value: { calendarFolder: null, theme: 'dark' } });
  });

  it("the page cannot set a folder; main's channel refuses network paths; a stored network path answers null", async () => {
    const { handlers, db } = setupService();
    const internal = createInternalService({ db });
    expect(await answer(handlers, 'settings:update', { calendarFolder: '/home/ada/Calendars' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', issues: [{ path: 'calendarFolder', message: expect.stringContaining('only be chosen with the folder dialog') }] },
    });
    expect(await answer(handlers, 'settings:set-calendar-folder', { folder: '/home/ada/Calendars' })).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await answer(handlers, 'settings:set-calendar-folder', { folder: '\\\\nas\\share' }, internal)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', issues: [{ path: 'folder', message: expect.stringContaining('network and device paths') }] },
    });
    expect((await db.settings.get('me'))?.calendarFolder).toBeNull();
    // Stored by an older build that accepted it, below the row guard (as an upgrade finds it).
    await db.settings.put({ ...(await db.settings.get('me'))!, calendarFolder: '/home/ada/Calendars' });
    const raw = await db.settings.get('me');
    await db.transaction('rw', db.settings, (tx) => tx.idbtrans.objectStore('settings').put({ ...raw, calendarFolder: '\\\\nas\\share' }));
    expect(await handlers['settings:get']({})).toMatchObject({ ok: true, value: { calendarFolder: null } });
    expect(await handlers['settings:update']({ theme: 'dark' })).toMatchObject({ ok: true, value: { calendarFolder: null, theme: 'dark' } });
  });

  it('updates settings partially and announces them; reset clears everything back to defaults', async () => {
    const { handlers, db, emitted } = setupService();
    await handlers['profile:save'](PROFILE);
    const updated = await handlers['settings:update']({ theme: 'dark', closeToTray: false });
    expect(updated.ok && updated.value).toMatchObject({ theme: 'dark', closeToTray: false, launchAtLogin: false });
    expect(emitted.at(-1)).toEqual(['settings:changed', updated.ok ? updated.value : null]);
    const reset = await handlers['data:reset']({ confirm: 'DELETE EVERYTHING' });
    expect(reset.ok && reset.value.cleared).toContain('profile');
    expect(await db.profile.count()).toBe(0);
    expect(await db.plan.count()).toBe(0);
    expect((await handlers['settings:get']({})).ok && ((await handlers['settings:get']({})) as { value: { theme: string } }).value.theme).toBe('system');
  });
});
