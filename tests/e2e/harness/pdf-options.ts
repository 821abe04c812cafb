/**
 * Electron's printToPDF options as Playwright's page.pdf options: both drive Chromium's same
 * print-to-PDF (DevTools' Page.printToPDF), so the harness prints with exactly what main asks
 * Electron for. Margins are inches in Electron and CSS lengths in Playwright.
 */
import type { Page } from '@playwright/test';
import type { RoadmapPrintOptions } from '../../../electron/main/core/print-options';

type PdfOptions = NonNullable<Parameters<Page['pdf']>[0]>;

export function playwrightPdfOptions(print: RoadmapPrintOptions): PdfOptions {
  const inches = (n: number) => `${n}in`;
  return {
    format: print.pageSize,
    printBackground: print.printBackground ?? false,
    preferCSSPageSize: print.preferCSSPageSize ?? false,
    margin: { top: inches(print.margins.top), bottom: inches(print.margins.bottom), left: inches(print.margins.left), right: inches(print.margins.right) },
    displayHeaderFooter: print.displayHeaderFooter ?? false,
    headerTemplate: print.headerTemplate ?? '',
    footerTemplate: print.footerTemplate ?? '',
    tagged: print.generateTaggedPDF ?? false,
    outline: print.generateDocumentOutline ?? false,
  };
}
