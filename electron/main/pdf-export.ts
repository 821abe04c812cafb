/**
 * "Save as PDF" for the roadmap: main prints the UI window (Electron's printToPDF in the app,
 * Chromium's page.pdf in the e2e harness — the same engine) and writes the file where the
 * learner chose. No `electron` import: printing and the dialog come in as functions.
 */
import type { ResponseOf } from '../../shared/ipc/contract';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { writeFileAtomically } from './atomic-file';

export interface PdfExportDeps {
  renderPdf(): Promise<Uint8Array>;
  chooseSavePath(defaultName: string): Promise<string | null>;
  now: () => Date;
}

export function createPdfExport(deps: PdfExportDeps) {
  return async function exportPlanPdf(): Promise<Result<ResponseOf<'plan:export-pdf'>>> {
    const target = await deps.chooseSavePath(`mle-path-roadmap-${deps.now().toISOString().slice(0, 10)}.pdf`);
    if (!target) return ok(null);
    let bytes: Uint8Array;
    try {
      bytes = await deps.renderPdf();
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

/** The router's local handler for the PDF channel. */
export function pdfChannels(exportPlanPdf: ReturnType<typeof createPdfExport>) {
  return { 'plan:export-pdf': () => exportPlanPdf() };
}
