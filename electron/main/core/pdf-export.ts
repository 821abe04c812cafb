/**
 * "Save as PDF" for the roadmap: main prints the UI window (Electron's printToPDF in the app,
 * Chromium's page.pdf in the e2e harness — the same engine) with print-options.ts's options
 * for the learner's region, and writes the file where the learner chose. No `electron` import:
 * printing, the dialog and the OS locale come in as functions.
 */
import type { RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { writeFileAtomically } from './atomic-file';
import { roadmapPrintOptions, type RoadmapPrintOptions } from './print-options';

export interface PdfExportDeps {
  renderPdf(options: RoadmapPrintOptions): Promise<Uint8Array>;
  chooseSavePath(defaultName: string): Promise<string | null>;
  now: () => Date;
  /** The OS's regional locale (paper size and the date in the header). */
  locale: () => string;
}

export function createPdfExport(deps: PdfExportDeps) {
  return async function exportPlanPdf(request: RequestOf<'plan:export-pdf'>): Promise<Result<ResponseOf<'plan:export-pdf'>>> {
    const now = deps.now();
    const target = await deps.chooseSavePath(`mle-path-roadmap-${now.toISOString().slice(0, 10)}.pdf`);
    if (!target) return ok(null);
    let bytes: Uint8Array;
    try {
      bytes = await deps.renderPdf(roadmapPrintOptions({ locale: deps.locale(), includeNotes: request.includeNotes, printedAt: now }));
    } catch (error) {
      return fail('internal', `The roadmap could not be printed to PDF: ${String(error)}`);
    }
    try {
      await writeFileAtomically(target, bytes);
    } catch (error) {
      return fail('internal', `The PDF could not be saved (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    }
    return ok({ path: target, bytes: bytes.byteLength });
  };
}

/** The router's local handler for the PDF channel (the router has checked the request). */
export function pdfChannels(exportPlanPdf: ReturnType<typeof createPdfExport>) {
  return { 'plan:export-pdf': exportPlanPdf };
}
