/**
 * Octet-correct folding (electron/main/core/ics-fold.ts): no physical line over 75 octets, no UTF-8
 * sequence split, and unfolding gives back exactly the logical line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLine, ICS_LINE_OCTETS, refoldIcs, unfoldLines, utf8Length } from '../../../../../electron/main/core/ics-fold';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const physical = (folded: string) => folded.split('\r\n');

/**
 * True when the bytes of `s` decode back to `s` on their own: no code point was cut in two. A cut
 * pair leaves a lone surrogate, which encodes as U+FFFD and so does not round-trip; a U+FFFD the
 * text really contains does round-trip (fast-check once generated one, and the old check that
 * refused every U+FFFD failed on it).
 */
const wholeUtf8 = (s: string) => Buffer.from(s, 'utf8').toString('utf8') === s;

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone and splits one of 76', () => {
    const exact = `SUMMARY:${'a'.repeat(67)}`;
    expect(octets(exact)).toBe(75);
    expect(foldLine(exact)).toBe(exact);
    const over = `${exact}b`;
    expect(physical(foldLine(over))).toEqual([exact, ' b']);
  });

  it('counts octets, not characters: a 75-character title with non-ASCII letters', () => {
    // 75 characters, 3 of them two octets and 2 three octets: the ics library's own fold kept
    // this on one 78-octet line after "SUMMARY:".
    const title = `Maths intuition — Übung 数学 ${'x'.repeat(75 - 'Maths intuition — Übung 数学 '.length)}`;
    expect([...title]).toHaveLength(75);
    const folded = foldLine(`SUMMARY:${title}`);
    for (const line of physical(folded)) {
      expect(octets(line)).toBeLessThanOrEqual(ICS_LINE_OCTETS);
      expect(wholeUtf8(line.replace(/^ /, ''))).toBe(true);
    }
    expect(unfoldLines(`${folded}\r\n`)).toEqual([`SUMMARY:${title}`]);
  });

  it('tells a cut surrogate pair from a replacement character the text really has', () => {
    expect(wholeUtf8('\uFFFD')).toBe(true);
    expect(wholeUtf8('😀'.slice(0, 1))).toBe(false);
    const folded = physical(foldLine(`DESCRIPTION:${'\uFFFD'.repeat(40)}`));
    for (const [i, l] of folded.entries()) expect(wholeUtf8(i > 0 ? l.slice(1) : l)).toBe(true);
  });

  it('never splits a code point, whatever the text (CJK, emoji, combining marks)', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'é', '—', '数', '😀', 'e\u0301', ',', '\\;'), fc.string({ unit: 'grapheme' })), maxLength: 300 });
    fc.assert(
      fc.property(text, (body) => {
        const line = `DESCRIPTION:${body}`;
        const folded = foldLine(line);
        const lines = physical(folded);
        lines.forEach((l, i) => {
          expect(octets(l)).toBeLessThanOrEqual(75);
          if (i > 0) expect(l.startsWith(' ')).toBe(true);
          expect(wholeUtf8(i > 0 ? l.slice(1) : l)).toBe(true);
        });
        expect(unfoldLines(`${folded}\r\n`)).toEqual([line]);
        // Continuation lines are as full as they can be: the next code point would not have fitted.
        for (let i = 0; i < lines.length - 1; i += 1) {
          const next = [...(lines[i + 1] ?? '').slice(1)][0] ?? '';
          expect(octets(lines[i]!) + utf8Length(next)).toBeGreaterThan(75);
        }
      }),
    );
  });
});

describe('refoldIcs', () => {
  it('unfolds the tab-folded lines the ics library writes and folds them again by octets', () => {
    const ics = 'BEGIN:VCALENDAR\r\nSUMMARY:' + '数'.repeat(70) + '\r\n\t' + '数'.repeat(10) + '\r\nEND:VCALENDAR\r\n';
    const out = refoldIcs(ics);
    expect(out.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(unfoldLines(out)).toEqual(['BEGIN:VCALENDAR', `SUMMARY:${'数'.repeat(80)}`, 'END:VCALENDAR']);
    for (const line of physical(out.slice(0, -2))) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('counts UTF-8 like Node does', () => {
    for (const s of ['', 'a', 'Ü', '—', '数', '😀', 'Maths intuition — Übung 数学']) expect(utf8Length(s)).toBe(octets(s));
  });
});
