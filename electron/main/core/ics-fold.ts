/**
 * Line folding for iCalendar text, by octets (RFC 5545 §3.1): "Lines of text SHOULD NOT be longer
 * than 75 octets, excluding the line break", a long line is split by a CRLF followed by one
 * space, and a split must never fall inside a multi-octet UTF-8 sequence.
 *
 * Why here and not in the `ics` library that writes the calendar: `ics` folds at 75 characters
 * (code points), so a 75-character title with an umlaut or a dash is a line of 78 octets and one
 * in Chinese one of over 200; ical.js's serializer counts octets but lets a continuation line
 * reach 76 with its leading space. So `ics` keeps doing what it does well (checking and writing
 * the properties) and its output is unfolded and folded again here, by octets, at code-point
 * boundaries. Pure, no Node: the UTF-8 length of a code point is arithmetic.
 */

/** The longest physical line, in octets, CRLF not counted. */
export const ICS_LINE_OCTETS = 75;

/** Octets of one code point in UTF-8 (a lone surrogate is written as U+FFFD, also 3). */
function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** UTF-8 length of a string, in octets. */
export function utf8Length(text: string): number {
  let octets = 0;
  for (const ch of text) octets += utf8Octets(ch.codePointAt(0)!);
  return octets;
}

/**
 * One logical line as physical lines of at most 75 octets each, the continuation lines starting
 * with a space (which counts towards their 75). Splits only between code points.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let room = ICS_LINE_OCTETS;
  for (const ch of line) {
    const size = utf8Octets(ch.codePointAt(0)!);
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
      room = ICS_LINE_OCTETS - 1; // the leading space of a continuation line
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The logical lines of iCalendar text: continuation lines (CRLF + space or tab) joined back. */
export function unfoldLines(text: string): string[] {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** iCalendar text folded again by octets: every line CRLF-terminated, none over 75 octets. */
export function refoldIcs(text: string): string {
  return unfoldLines(text)
    .map((line) => `${foldLine(line)}\r\n`)
    .join('');
}
