/**
 * Reading the app's .ics files with an independent parser (ical.js, Mozilla's, as Thunderbird
 * uses it), and a calendar that applies them the way an importing or subscribing calendar does:
 * by UID, taking a version only when its SEQUENCE is higher than the one it holds. Used by the
 * unit and e2e tiers alike.
 */
import ICAL from 'ical.js';

export interface ParsedAlarm {
  action: string;
  /** As written: '-PT15M', or an instant for an absolute trigger. */
  trigger: string;
  description: string;
}

export interface ParsedEvent {
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  description: string;
  /** ISO instant (UTC) for a timed event, YYYY-MM-DD for an all-day one. */
  start: string;
  end: string;
  allDay: boolean;
  dtstamp: string;
  lastModified: string | null;
  categories: string[];
  alarms: ParsedAlarm[];
}

export interface ParsedCalendar {
  version: string;
  prodId: string;
  name: string | null;
  events: ParsedEvent[];
}

function timeText(value: unknown, what: string, uid: string): { text: string; allDay: boolean } {
  if (!(value instanceof ICAL.Time)) throw new Error(`${uid}: ${what} is not a date or date-time`);
  if (value.isDate) return { text: value.toString(), allDay: true };
  // Every timed event in the app's files is UTC (…Z); anything else would be a floating time.
  if (value.zone?.tzid !== 'UTC') throw new Error(`${uid}: ${what} is not UTC (${value.toString()})`);
  return { text: value.toJSDate().toISOString(), allDay: false };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value));

/** Parses with ical.js; throws (failing the test) on anything it cannot read. */
export function parseCalendar(ics: string): ParsedCalendar {
  const root = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  if (root.name !== 'vcalendar') throw new Error(`not a VCALENDAR: ${root.name}`);
  const events = root.getAllSubcomponents('vevent').map((component): ParsedEvent => {
    const event = new ICAL.Event(component);
    const uid = event.uid;
    if (!uid) throw new Error('an event has no UID');
    const start = timeText(component.getFirstPropertyValue('dtstart'), 'DTSTART', uid);
    const end = timeText(component.getFirstPropertyValue('dtend'), 'DTEND', uid);
    const stamp = component.getFirstPropertyValue('dtstamp');
    const modified = component.getFirstPropertyValue('last-modified');
    return {
      uid,
      sequence: event.sequence,
      status: text(component.getFirstPropertyValue('status')),
      summary: event.summary,
      description: text(event.description),
      start: start.text,
      end: end.text,
      allDay: start.allDay,
      dtstamp: timeText(stamp, 'DTSTAMP', uid).text,
      lastModified: modified === null ? null : timeText(modified, 'LAST-MODIFIED', uid).text,
      categories: component.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
      alarms: component.getAllSubcomponents('valarm').map((alarm) => ({
        action: text(alarm.getFirstPropertyValue('action')),
        trigger: text(alarm.getFirstProperty('trigger')?.getFirstValue()?.toString()),
        description: text(alarm.getFirstPropertyValue('description')),
      })),
    };
  });
  return {
    version: text(root.getFirstPropertyValue('version')),
    prodId: text(root.getFirstPropertyValue('prodid')),
    name: root.getFirstPropertyValue('x-wr-calname') === null ? null : text(root.getFirstPropertyValue('x-wr-calname')),
    events,
  };
}

/** What is wrong with the file as bytes: lines over 75 octets, bare line feeds, a split UTF-8 sequence. */
export function lineProblems(ics: string): string[] {
  const problems: string[] = [];
  if (!ics.endsWith('\r\n')) problems.push('the file does not end with CRLF');
  const lines = ics.split('\r\n');
  lines.pop();
  lines.forEach((line, i) => {
    const bytes = Buffer.from(line, 'utf8');
    if (bytes.length > 75) problems.push(`line ${i + 1} is ${bytes.length} octets: ${line}`);
    if (line.includes('\n') || line.includes('\r')) problems.push(`line ${i + 1} has a bare line break`);
    if (line.includes('\uFFFD')) problems.push(`line ${i + 1} holds a broken character`);
  });
  return problems;
}

export interface Ignored {
  uid: string;
  /** 'same-sequence': new content under the number the calendar has; 'older': a lower number. */
  reason: 'same-sequence' | 'older';
}

const content = (e: ParsedEvent) => JSON.stringify([e.status, e.summary, e.description, e.start, e.end, e.allDay, e.alarms]);

/**
 * A calendar that imported the files one after another: it keeps every event it ever saw, and
 * replaces one only with a higher SEQUENCE. What the file left out stays as it was.
 */
export class SubscribedCalendar {
  readonly events = new Map<string, ParsedEvent>();

  /** Applies a file; answers the changes a real calendar would have ignored. */
  apply(ics: string): Ignored[] {
    const ignored: Ignored[] = [];
    for (const e of parseCalendar(ics).events) {
      const held = this.events.get(e.uid);
      if (!held || e.sequence > held.sequence) this.events.set(e.uid, e);
      else if (e.sequence < held.sequence) ignored.push({ uid: e.uid, reason: 'older' });
      else if (content(e) !== content(held)) ignored.push({ uid: e.uid, reason: 'same-sequence' });
    }
    return ignored;
  }

  /** The events the calendar shows: everything not cancelled. */
  shown(): ParsedEvent[] {
    return [...this.events.values()].filter((e) => e.status !== 'CANCELLED');
  }
}
