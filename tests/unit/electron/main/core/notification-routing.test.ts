/**
 * What a reminder notification offers and what each click or button does, on every system;
 * Windows toasts written with MLE Path's own, self-describing arguments; and when a shown
 * notification may be let go.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  actionActivation,
  activationRoute,
  clickActivation,
  encodeActivation,
  notificationPayload,
  parseActivation,
  releaseOnClose,
  windowsToastXml,
} from '../../../../../electron/main/core/notification-routing';
import { notificationIconPath } from '../../../../../electron/main/core/app-icon';
import type { Reminder } from '../../../../../shared/planner/reminders';

// @xmldom/xmldom ships with electron-builder (through plist); used here as an independent XML parser.
const { DOMParser } = createRequire(import.meta.url)('@xmldom/xmldom') as {
  DOMParser: new (options?: { errorHandler?: Record<'warning' | 'error' | 'fatalError', (message: string) => void> }) => {
    parseFromString(xml: string, type: string): XmlDocumentLike;
  };
};
interface XmlElementLike {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface XmlDocumentLike {
  documentElement: XmlElementLike & { tagName: string };
  getElementsByTagName(name: string): ArrayLike<XmlElementLike>;
}

const session: Reminder = {
  id: 'session.session.2026-11-23.1.2026-11-23T17:00:00.000Z',
  kind: 'session',
  dueUtc: '2026-11-23T16:45:00.000Z',
  title: 'Study session in 15 minutes',
  body: 'Mon 23 Nov 2026, 18:00–19:30 (90 min).',
  target: { screen: 'week', weekStart: '2026-11-23', sessionId: 'session.2026-11-23.1', sessionStartUtc: '2026-11-23T17:00:00.000Z' },
};
const digest: Reminder = {
  id: 'digest.2026-11-29',
  kind: 'digest',
  dueUtc: '2026-11-29T17:00:00.000Z',
  title: 'Your study week ahead',
  body: '4 sessions, 6 hours planned for the week of Mon 30 Nov 2026.',
  target: { screen: 'week', weekStart: '2026-11-30' },
};
const exam: Reminder = {
  id: 'exam.cert.aws.mla-c01.2027-01-12.7d',
  kind: 'exam-countdown',
  dueUtc: '2027-01-05T08:00:00.000Z',
  title: 'Exam in 7 days',
  body: 'AWS MLA-C01 exam on Tue 12 Jan 2027 at 09:00.',
  target: { screen: 'certifications', certId: 'cert.aws.mla-c01' },
};
const ref = { sessionId: 'session.2026-11-23.1', weekStart: '2026-11-23', startUtc: '2026-11-23T17:00:00.000Z' };

describe('clicks open exactly what was announced', () => {
  it('a session opens its week with the session in focus; the digest its own week; an exam its certification', () => {
    expect(clickActivation(notificationPayload(session, 'linux'))).toEqual({
      kind: 'open',
      navigation: { screen: 'week', weekStart: '2026-11-23', sessionId: 'session.2026-11-23.1' },
    });
    expect(clickActivation(notificationPayload(digest, 'darwin'))).toEqual({ kind: 'open', navigation: { screen: 'week', weekStart: '2026-11-30' } });
    expect(clickActivation(notificationPayload(exam, 'win32'))).toEqual({ kind: 'open', navigation: { screen: 'certifications', certId: 'cert.aws.mla-c01' } });
    expect(clickActivation(notificationPayload({ kind: 'notice', target: null }, 'linux'))).toEqual({ kind: 'open', navigation: null });
  });

  it('the focus timer\'s notice opens Today, also from a Windows toast after a restart, and has no buttons', () => {
    const timer = notificationPayload({ kind: 'notice', target: { screen: 'today' } }, 'win32');
    expect(timer.actions).toEqual([]);
    expect(clickActivation(timer)).toEqual({ kind: 'open', navigation: { screen: 'today' } });
    expect(parseActivation(encodeActivation(timer, 'open'))).toEqual({ kind: 'open', navigation: { screen: 'today' } });
    expect(parseActivation(encodeActivation(timer, 'done'))).toBeNull();
  });
});

describe('buttons', () => {
  it('a session heads-up offers Done, Snooze 1 hour, Next free time and Skip on macOS and Windows; Linux notifications have no buttons', () => {
    expect(notificationPayload(session, 'darwin').actions).toEqual(['done', 'snooze', 'snooze-free', 'skip']);
    expect(notificationPayload(session, 'win32').actions).toEqual(['done', 'snooze', 'snooze-free', 'skip']);
    expect(notificationPayload(session, 'linux').actions).toEqual([]);
    for (const other of [digest, exam]) expect(notificationPayload(other, 'darwin').actions).toEqual([]);
  });

  it('each button acts on the announced session; an index that is not a button does nothing', () => {
    const payload = notificationPayload(session, 'darwin');
    expect(actionActivation(payload, 0)).toEqual({ kind: 'session-action', action: 'done', session: ref });
    expect(actionActivation(payload, 1)).toEqual({ kind: 'session-action', action: 'snooze', session: ref });
    expect(actionActivation(payload, 2)).toEqual({ kind: 'session-action', action: 'snooze-free', session: ref });
    expect(actionActivation(payload, 3)).toEqual({ kind: 'session-action', action: 'skip', session: ref });
    expect(actionActivation(payload, 4)).toBeNull();
    expect(actionActivation(payload, -1)).toBeNull();
    expect(actionActivation(notificationPayload(digest, 'darwin'), 0)).toBeNull();
  });
});

describe('Windows', () => {
  it('takes activations from Notification.handleActivation; elsewhere from the notification\'s own events', () => {
    expect(activationRoute('win32')).toBe('activation-callback');
    expect(activationRoute('darwin')).toBe('instance-events');
    expect(activationRoute('linux')).toBe('instance-events');
  });

  it('keeps a toast that timed out into Action Center (still clickable there); lets others go', () => {
    expect(releaseOnClose('win32', 'timedOut')).toBe(false);
    expect(releaseOnClose('win32', 'userCanceled')).toBe(true);
    expect(releaseOnClose('win32', undefined)).toBe(true);
    expect(releaseOnClose('darwin', 'timedOut')).toBe(true);
  });

  it('a toast\'s arguments alone say what to do, so an activation after a restart still works', () => {
    const payload = notificationPayload(session, 'win32');
    expect(parseActivation(encodeActivation(payload, 'open'))).toEqual(clickActivation(payload));
    expect(parseActivation(encodeActivation(payload, 'snooze'))).toEqual({ kind: 'session-action', action: 'snooze', session: ref });
    expect(parseActivation(encodeActivation(payload, 'snooze-free'))).toEqual({ kind: 'session-action', action: 'snooze-free', session: ref });
    const exams = notificationPayload(exam, 'win32');
    expect(parseActivation(encodeActivation(exams, 'open'))).toEqual(clickActivation(exams));
    expect(parseActivation(encodeActivation(notificationPayload(digest, 'win32'), 'open'))).toEqual(clickActivation(notificationPayload(digest, 'win32')));
    expect(parseActivation(encodeActivation(notificationPayload({ kind: 'notice', target: null }, 'win32'), 'open'))).toEqual({ kind: 'open', navigation: null });
  });

  it('ignores anything it did not write: Electron\'s own arguments, damaged or hand-made ones', () => {
    for (const text of [
      'type=click&tag=123456',
      '',
      'mle-path-reminder:do=delete&screen=week&week=2026-11-23',
      'mle-path-reminder:do=open&screen=week&week=2026-13-45',
      'mle-path-reminder:do=open&screen=settings',
      'mle-path-reminder:do=done&screen=week&week=2026-11-23',
      'mle-path-reminder:do=done&screen=week&week=2026-11-23&session=a%20b&start=2026-11-23T17:00:00.000Z',
      'mle-path-reminder:do=snooze&screen=week&week=2026-11-23&session=s1&start=yesterday',
    ]) {
      expect(parseActivation(text), text).toBeNull();
    }
  });

  it('writes well-formed toast XML with the launch argument, the app icon and one button per action', () => {
    const hostile: Reminder = { ...session, title: 'Study <session> & "more"', body: "Mon 23 Nov, 18:00 – it's time" };
    const payload = notificationPayload(hostile, 'win32');
    const errors: string[] = [];
    const record = (level: string) => (message: string) => errors.push(`${level}: ${message}`);
    const doc = new DOMParser({ errorHandler: { warning: record('warning'), error: record('error'), fatalError: record('fatal') } }).parseFromString(
      windowsToastXml({ title: hostile.title, body: hostile.body, iconUrl: 'file:///C:/Program%20Files/MLE%20Path/resources/icons/notification.png', payload }),
      'text/xml',
    );
    expect(errors).toEqual([]);
    expect(doc.documentElement.tagName).toBe('toast');
    expect(parseActivation(doc.documentElement.getAttribute('launch') ?? '')).toEqual(clickActivation(payload));
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toEqual(['Study <session> & "more"', "Mon 23 Nov, 18:00 – it's time"]);
    const image = doc.getElementsByTagName('image')[0];
    expect(image?.getAttribute('placement')).toBe('appLogoOverride');
    expect(image?.getAttribute('src')).toBe('file:///C:/Program%20Files/MLE%20Path/resources/icons/notification.png');
    const actions = Array.from(doc.getElementsByTagName('action'));
    expect(actions.map((a) => a.getAttribute('content'))).toEqual(['Done', 'Snooze 1 hour', 'Next free time', 'Skip']);
    expect(actions.map((a) => parseActivation(a.getAttribute('arguments') ?? ''))).toEqual([
      { kind: 'session-action', action: 'done', session: ref },
      { kind: 'session-action', action: 'snooze', session: ref },
      { kind: 'session-action', action: 'snooze-free', session: ref },
      { kind: 'session-action', action: 'skip', session: ref },
    ]);
    expect(actions.every((a) => a.getAttribute('activationType') === 'foreground')).toBe(true);

    const plain = new DOMParser().parseFromString(windowsToastXml({ title: 'T', body: 'B', iconUrl: null, payload: notificationPayload(digest, 'win32') }), 'text/xml');
    expect(plain.getElementsByTagName('actions')).toHaveLength(0);
    expect(plain.getElementsByTagName('image')).toHaveLength(0);
  });
});

describe('the app icon', () => {
  const places = { isPackaged: true, resourcesPath: '/opt/MLE Path/resources', appPath: '/opt/MLE Path/resources/app.asar' };
  it('is the file electron-builder copies beside app.asar, or the repository\'s when run from source; none on macOS', () => {
    expect(notificationIconPath('linux', places)).toBe('/opt/MLE Path/resources/icons/notification.png');
    expect(notificationIconPath('linux', { ...places, isPackaged: false, appPath: '/home/ada/mle-path' })).toBe('/home/ada/mle-path/resources/icons/256x256.png');
    expect(notificationIconPath('darwin', places)).toBeNull();
  });
});
