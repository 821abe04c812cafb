/**
 * How the roadmap is printed to PDF, as Electron's printToPDF options: the paper the learner's
 * region uses, a header with the document's title and the date, a footer with page numbers,
 * a tagged PDF (readable by screen readers, text reflows) with an outline from the headings.
 * Pure: pdf-export.ts asks for the PDF, index.ts (Electron) and the e2e harness (Chromium's
 * page.pdf, the same engine) print with these options.
 */
import type { PrintToPDFOptions } from 'electron';

/**
 * Territories whose paper is US Letter (Unicode CLDR supplemental data, `paperSize
 * type="US-Letter"`); everywhere else uses A4.
 */
export const LETTER_TERRITORIES: ReadonlySet<string> = new Set(['BZ', 'CA', 'CL', 'CO', 'CR', 'GT', 'MX', 'NI', 'PA', 'PH', 'PR', 'SV', 'US', 'VE']);

/** Page margins in inches (printToPDF's unit): room for the header and footer lines. */
export const PRINT_MARGINS = { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 } as const;

export interface PrintLabels {
  /** "MLE Path" */
  appName: string;
  roadmap: string;
  roadmapWithNotes: string;
  /** With {page} and {total}. */
  pageOfTotal: string;
}

export const ENGLISH_PRINT_LABELS: PrintLabels = {
  appName: 'MLE Path',
  roadmap: 'Your roadmap',
  roadmapWithNotes: 'Your roadmap, with notes and links',
  pageOfTotal: 'Page {page} of {total}',
};

export interface RoadmapPrintInput {
  /** The OS's regional locale (Electron: app.getSystemLocale()), e.g. "en-CA", "de_DE.UTF-8". */
  locale: string;
  includeNotes: boolean;
  printedAt: Date;
  /** The zone the date is shown in; the computer's own when absent. */
  timeZone?: string;
  labels?: PrintLabels;
}

/** A BCP 47 tag from what operating systems report ("de_DE.UTF-8@euro" → "de-DE"), or null. */
export function canonicalLocale(raw: string): string | null {
  const tag = raw.split(/[.@]/)[0]?.replace(/_/g, '-') ?? '';
  if (tag === '' || tag === 'C' || tag === 'POSIX') return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** Letter where the region uses it ("en" alone means en-US), A4 everywhere else and when unknown. */
export function paperSizeFor(locale: string): 'Letter' | 'A4' {
  const tag = canonicalLocale(locale);
  if (!tag) return 'A4';
  const region = new Intl.Locale(tag).maximize().region;
  return region && LETTER_TERRITORIES.has(region) ? 'Letter' : 'A4';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The date as the locale writes it in full ("23 November 2026", "November 23, 2026", "23. November 2026"). */
export function printedDate(printedAt: Date, locale: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', ...(timeZone ? { timeZone } : {}) };
  try {
    return new Intl.DateTimeFormat(canonicalLocale(locale) ?? undefined, options).format(printedAt);
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(printedAt); // an unknown zone
  }
}

// Header and footer are separate small documents: no page styles reach them, so each carries
// its own font and colour, and a font size (Chromium's default there is unreadably small).
// Single quotes inside: the style sits in a double-quoted attribute.
const BAND_STYLE = "box-sizing:border-box;width:100%;padding:0 0.5in;font:8pt system-ui,-apple-system,'Segoe UI','Noto Sans','DejaVu Sans',sans-serif;color:#545c68;";

export function headerTemplate(title: string, date: string): string {
  return `<div style="${BAND_STYLE}display:flex;justify-content:space-between;gap:1em"><span>${escapeHtml(title)}</span><span>${escapeHtml(date)}</span></div>`;
}

export function footerTemplate(pageOfTotal: string): string {
  // Chromium fills these two spans in on every page.
  const text = escapeHtml(pageOfTotal).replace('{page}', '<span class="pageNumber"></span>').replace('{total}', '<span class="totalPages"></span>');
  return `<div style="${BAND_STYLE}text-align:center">${text}</div>`;
}

export type RoadmapPrintOptions = PrintToPDFOptions & { pageSize: 'Letter' | 'A4'; margins: typeof PRINT_MARGINS };

export function roadmapPrintOptions(input: RoadmapPrintInput): RoadmapPrintOptions {
  const labels = input.labels ?? ENGLISH_PRINT_LABELS;
  const title = `${labels.appName} · ${input.includeNotes ? labels.roadmapWithNotes : labels.roadmap}`;
  return {
    pageSize: paperSizeFor(input.locale),
    printBackground: true,
    // The paper is the region's, whatever a stylesheet says.
    preferCSSPageSize: false,
    margins: PRINT_MARGINS,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(title, printedDate(input.printedAt, input.locale, input.timeZone)),
    footerTemplate: footerTemplate(labels.pageOfTotal),
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}
