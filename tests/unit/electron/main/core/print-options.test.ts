import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPdfExport } from '../../../../../electron/main/core/pdf-export';
import {
  canonicalLocale,
  footerTemplate,
  headerTemplate,
  paperSizeFor,
  PRINT_MARGINS,
  printedDate,
  roadmapPrintOptions,
  type RoadmapPrintOptions,
} from '../../../../../electron/main/core/print-options';

const AT = new Date('2026-11-23T18:04:00Z');

describe('paper size from the regional locale', () => {
  it('Letter in the US and Canada (English and French), and where CLDR says Letter', () => {
    for (const locale of ['en-US', 'en-CA', 'fr-CA', 'es-MX', 'en-PH', 'es-US', 'en']) expect(paperSizeFor(locale), locale).toBe('Letter');
  });

  it('A4 everywhere else', () => {
    for (const locale of ['en-GB', 'de-DE', 'hi-IN', 'fr-FR', 'en-AU', 'ja-JP', 'pt-BR', 'de', 'fr']) expect(paperSizeFor(locale), locale).toBe('A4');
  });

  it('reads what operating systems report (POSIX names) and falls back to A4 on nonsense', () => {
    expect(paperSizeFor('en_US.UTF-8')).toBe('Letter');
    expect(paperSizeFor('fr_CA')).toBe('Letter');
    expect(paperSizeFor('de_DE.UTF-8@euro')).toBe('A4');
    for (const junk of ['', 'C', 'POSIX', 'not a locale!!', '--']) expect(paperSizeFor(junk), junk).toBe('A4');
    expect(canonicalLocale('en_gb')).toBe('en-GB');
  });
});

describe('the printed date', () => {
  it('is written the way the locale writes a full date', () => {
    expect(printedDate(AT, 'en-GB', 'Europe/London')).toBe('23 November 2026');
    expect(printedDate(AT, 'en-US', 'America/New_York')).toBe('November 23, 2026');
    expect(printedDate(AT, 'de-DE', 'Europe/Berlin')).toBe('23. November 2026');
  });

  it('is the date in the given zone (late evening in New York is already tomorrow in Berlin)', () => {
    const late = new Date('2026-11-24T03:30:00Z');
    expect(printedDate(late, 'en-US', 'America/New_York')).toBe('November 23, 2026');
    expect(printedDate(late, 'en-GB', 'Europe/Berlin')).toBe('24 November 2026');
  });

  it('still prints a date with an unusable locale or zone', () => {
    expect(printedDate(AT, 'xx_??', 'Europe/Berlin')).toMatch(/2026/);
    expect(printedDate(AT, 'en-GB', 'Not/AZone')).toMatch(/2026/);
  });
});

describe('roadmap print options', () => {
  it('Letter for en-US, A4 for de-DE; tagged, with an outline, header, footer and background', () => {
    const us = roadmapPrintOptions({ locale: 'en-US', includeNotes: false, printedAt: AT, timeZone: 'America/New_York' });
    expect(us).toMatchObject({
      pageSize: 'Letter',
      printBackground: true,
      preferCSSPageSize: false,
      displayHeaderFooter: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      margins: PRINT_MARGINS,
    });
    expect(us.headerTemplate).toContain('MLE Path · Your roadmap<');
    expect(us.headerTemplate).toContain('November 23, 2026');
    expect(roadmapPrintOptions({ locale: 'de-DE', includeNotes: false, printedAt: AT, timeZone: 'Europe/Berlin' })).toMatchObject({ pageSize: 'A4' });
  });

  it('the header says when notes and links are included', () => {
    const withNotes = roadmapPrintOptions({ locale: 'en-GB', includeNotes: true, printedAt: AT, timeZone: 'Europe/London' });
    expect(withNotes.headerTemplate).toContain('MLE Path · Your roadmap, with notes and links');
  });

  it('the footer numbers every page for Chromium to fill in', () => {
    expect(footerTemplate('Page {page} of {total}')).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(footerTemplate('Seite {page} von {total}')).toContain('Seite <span class="pageNumber"></span> von <span class="totalPages"></span>');
  });

  it('header and footer carry their own readable font size in a well-formed style attribute', () => {
    for (const html of [headerTemplate('T', 'D'), footerTemplate('Page {page} of {total}')]) {
      const styles = [...html.matchAll(/style="([^"]*)"/g)].map((m) => m[1] ?? '');
      expect(styles).toHaveLength(1);
      expect(styles[0]).toMatch(/font:8pt /);
      expect(styles[0]).toMatch(/color:#[0-9a-f]{6}/);
      // The attribute ends where the markup expects: nothing after it but the tag's close.
      expect(html).toMatch(/^<div style="[^"]*">/);
    }
  });

  it('text in the header is escaped, never markup', () => {
    const html = headerTemplate('<img src=x onerror=alert(1)>', 'A & B');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).toContain('A &#38; B');
  });
});

describe('PDF export service', () => {
  it('prints with the options for the OS locale and writes the file the learner chose', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mle-pdf-'));
    try {
      const target = path.join(dir, 'roadmap.pdf');
      const seen: { name?: string; options?: RoadmapPrintOptions } = {};
      const exportPdf = createPdfExport({
        now: () => AT,
        locale: () => 'fr_CA.UTF-8',
        chooseSavePath: async (name) => {
          seen.name = name;
          return target;
        },
        renderPdf: async (options) => {
          seen.options = options;
          return new TextEncoder().encode('%PDF-1.7 fake');
        },
      });
      const r = await exportPdf({ includeNotes: true });
      expect(r).toEqual({ ok: true, value: { path: target, bytes: 13 } });
      expect(seen.name).toBe('mle-path-roadmap-2026-11-23.pdf');
      expect(seen.options?.pageSize).toBe('Letter');
      expect(seen.options?.headerTemplate).toContain('with notes and links');
      expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 fake');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('cancelled: nothing printed; a print failure says so and writes nothing', async () => {
    let printed = 0;
    const cancelled = createPdfExport({ now: () => AT, locale: () => 'en-GB', chooseSavePath: async () => null, renderPdf: async () => (printed++, new Uint8Array()) });
    expect(await cancelled({ includeNotes: false })).toEqual({ ok: true, value: null });
    expect(printed).toBe(0);

    const dir = await mkdtemp(path.join(os.tmpdir(), 'mle-pdf-'));
    try {
      const target = path.join(dir, 'roadmap.pdf');
      const failing = createPdfExport({
        now: () => AT,
        locale: () => 'en-GB',
        chooseSavePath: async () => target,
        renderPdf: async () => {
          throw new Error('printing failed');
        },
      });
      const r = await failing({ includeNotes: false });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toBe('The roadmap could not be printed to PDF: Error: printing failed');
      await expect(readFile(target)).rejects.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
