/**
 * Test-only oracle: local wall time via Intl.DateTimeFormat directly, independent of the planner's
 * own conversion code (shared/planner/time.ts), so property tests check results against a second
 * implementation instead of against themselves.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export interface OracleLocal {
  date: string;
  time: string;
  minutes: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
}

export function oracleLocal(timeZone: string, instant: string | number): OracleLocal {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, fmt);
  }
  const parts = Object.fromEntries(fmt.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const hour = Number(parts.hour) % 24;
  const minute = Number(parts.minute);
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday ?? '');
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
    minutes: hour * 60 + minute,
    weekday,
  };
}

export const toMinutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** Zones with DST, half-hour offsets, southern-hemisphere DST and no DST at all. */
export const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/Berlin',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Auckland',
  'America/Sao_Paulo',
  'Asia/Tokyo',
] as const;
