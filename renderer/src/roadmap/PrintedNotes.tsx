/**
 * A milestone's own notes and links as printed text: in the page but shown only when the PDF
 * is saved with "Include my notes and links" (print styles). Links print with their address,
 * so the paper copy is useful too; in the PDF they stay clickable.
 */
import type { MilestoneProgress } from '../../../shared/domain/records';

export function PrintedNotes({ saved }: { saved: MilestoneProgress | undefined }) {
  const note = saved?.note.trim() ?? '';
  const links = saved?.links ?? [];
  if (note === '' && links.length === 0) return null;
  return (
    <div className="print-notes">
      {note !== '' && <p className="print-notes-text">{note}</p>}
      {links.length > 0 && (
        <ul className="print-notes-links">
          {links.map((l, i) => (
            <li key={`${l.url}-${i}`}>
              <a href={l.url}>{l.title}</a> <span className="print-notes-url">{l.url}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
