/**
 * The right-click menu as data, from Electron's `context-menu` event parameters: on an editable
 * field, spelling suggestions and "Add to Dictionary" for a misspelt word, then undo/redo,
 * cut/copy/paste and select all, each enabled only when Chromium says it can act; on selected
 * text elsewhere, Copy. Nothing for a plain click on the page. Pure: menus.ts pops it up.
 */
import type { ContextMenuParams } from 'electron';
import { escapeMnemonic } from './app-menu';

/** The part of Electron's ContextMenuParams the decision reads. */
export type ContextMenuInput = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions'> & {
  editFlags: Pick<ContextMenuParams['editFlags'], 'canUndo' | 'canRedo' | 'canCut' | 'canCopy' | 'canPaste' | 'canSelectAll'>;
};

export type EditRole = 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll';

export type ContextMenuItem =
  | { kind: 'role'; role: EditRole; label: string; enabled: boolean }
  /** Replace the misspelt word under the pointer with `word`. */
  | { kind: 'replace'; word: string; label: string }
  /** Add `word` to the spell checker's custom dictionary. */
  | { kind: 'learn'; word: string; label: string }
  | { kind: 'label'; label: string }
  | { kind: 'separator' };

export interface ContextMenuLabels {
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  addToDictionary: string;
  noSuggestions: string;
}

export const ENGLISH_CONTEXT_MENU_LABELS: ContextMenuLabels = {
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  addToDictionary: 'Add to Dictionary',
  noSuggestions: 'No Spelling Suggestions',
};

/**
 * Whether the UI window checks spelling. macOS and Windows check with the OS's own spell
 * checker. On Linux Chromium would first download Hunspell dictionaries from Google's servers,
 * and MLE Path makes no network requests, so Linux has the edit menu without spelling.
 */
export function spellcheckAvailable(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

/** Chromium offers more; a menu longer than this stops being quicker than retyping. */
export const MAX_SUGGESTIONS = 5;

export function buildContextMenu(params: ContextMenuInput, labels: ContextMenuLabels = ENGLISH_CONTEXT_MENU_LABELS): ContextMenuItem[] {
  const flags = params.editFlags;
  const edit = (role: EditRole, enabled: boolean): ContextMenuItem => ({ kind: 'role', role, label: escapeMnemonic(labels[role]), enabled });

  if (!params.isEditable) {
    // Read-only text: copying a selection is the only thing to offer.
    return params.selectionText.trim() !== '' ? [edit('copy', flags.canCopy)] : [];
  }

  const items: ContextMenuItem[] = [];
  const word = params.misspelledWord;
  if (word !== '') {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ kind: 'label', label: escapeMnemonic(labels.noSuggestions) });
    for (const suggestion of suggestions) items.push({ kind: 'replace', word: suggestion, label: escapeMnemonic(suggestion) });
    items.push({ kind: 'separator' }, { kind: 'learn', word, label: escapeMnemonic(labels.addToDictionary) }, { kind: 'separator' });
  }
  items.push(
    edit('undo', flags.canUndo),
    edit('redo', flags.canRedo),
    { kind: 'separator' },
    edit('cut', flags.canCut),
    edit('copy', flags.canCopy),
    edit('paste', flags.canPaste),
    { kind: 'separator' },
    edit('selectAll', flags.canSelectAll),
  );
  return items;
}
