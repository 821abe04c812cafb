/** Reading .ics files the app wrote, for assertions: VEVENTs as property maps, instants as ICS text. */

/** Unfolds lines and returns the VCALENDAR's VEVENTs as property maps (name with parameters → value). */
export function parseIcs(text: string): { calendar: boolean; events: Record<string, string>[] } {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) current[line.slice(0, line.indexOf(':'))] = line.slice(line.indexOf(':') + 1);
  }
  return { calendar: lines[0] === 'BEGIN:VCALENDAR' && lines.includes('END:VCALENDAR'), events };
}

/** An ISO instant as an iCalendar UTC date-time: 2026-11-23T17:30:00.000Z → 20261123T173000Z. */
export const icsInstant = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
