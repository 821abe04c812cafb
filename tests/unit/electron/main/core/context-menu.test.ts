import { describe, expect, it } from 'vitest';
import { buildContextMenu, MAX_SUGGESTIONS, spellcheckAvailable, type ContextMenuInput } from '../../../../../electron/main/core/context-menu';

const NO_FLAGS = { canUndo: false, canRedo: false, canCut: false, canCopy: false, canPaste: false, canSelectAll: false };
const ALL_FLAGS = { canUndo: true, canRedo: true, canCut: true, canCopy: true, canPaste: true, canSelectAll: true };

/** The shape Electron's `context-menu` event passes (the fields the decision reads). */
function params(over: Partial<ContextMenuInput> = {}): ContextMenuInput {
  return { isEditable: false, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: NO_FLAGS, ...over };
}

const summary = (input: ContextMenuInput) =>
  buildContextMenu(input).map((i) => (i.kind === 'separator' ? '—' : i.kind === 'role' ? `${i.role}${i.enabled ? '' : ' (off)'}` : `${i.kind}:${i.label}`));

describe('context menu', () => {
  it('a plain right-click on the page shows nothing', () => {
    expect(buildContextMenu(params())).toEqual([]);
    expect(buildContextMenu(params({ selectionText: '   ' }))).toEqual([]);
  });

  it('selected read-only text offers Copy only', () => {
    expect(buildContextMenu(params({ selectionText: 'MLA-C01', editFlags: { ...NO_FLAGS, canCopy: true } }))).toEqual([
      { kind: 'role', role: 'copy', label: 'Copy', enabled: true },
    ]);
  });

  it('an editable field offers undo/redo, cut/copy/paste and select all, enabled as Chromium says', () => {
    expect(summary(params({ isEditable: true, editFlags: { ...NO_FLAGS, canPaste: true, canSelectAll: true } }))).toEqual([
      'undo (off)',
      'redo (off)',
      '—',
      'cut (off)',
      'copy (off)',
      'paste',
      '—',
      'selectAll',
    ]);
    expect(summary(params({ isEditable: true, editFlags: ALL_FLAGS })).filter((s) => s.endsWith('(off)'))).toEqual([]);
  });

  it('a misspelt word: suggestions first, then Add to Dictionary, then the edit items', () => {
    const items = buildContextMenu(params({ isEditable: true, misspelledWord: 'pandsa', dictionarySuggestions: ['pandas', 'panda'], editFlags: ALL_FLAGS }));
    expect(items.slice(0, 5)).toEqual([
      { kind: 'replace', word: 'pandas', label: 'pandas' },
      { kind: 'replace', word: 'panda', label: 'panda' },
      { kind: 'separator' },
      { kind: 'learn', word: 'pandsa', label: 'Add to Dictionary' },
      { kind: 'separator' },
    ]);
    expect(items.slice(5).map((i) => (i.kind === 'role' ? i.role : i.kind))).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'separator', 'selectAll']);
  });

  it('at most five suggestions; none says so and still offers Add to Dictionary', () => {
    const many = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'];
    const items = buildContextMenu(params({ isEditable: true, misspelledWord: 'a0', dictionarySuggestions: many }));
    expect(items.filter((i) => i.kind === 'replace').map((i) => (i.kind === 'replace' ? i.word : ''))).toEqual(many.slice(0, MAX_SUGGESTIONS));
    expect(summary(params({ isEditable: true, misspelledWord: 'Kubeflowz' })).slice(0, 3)).toEqual(['label:No Spelling Suggestions', '—', 'learn:Add to Dictionary']);
  });

  it('spelling is never offered outside an editable field', () => {
    expect(summary(params({ misspelledWord: 'pandsa', dictionarySuggestions: ['pandas'], selectionText: 'pandsa', editFlags: ALL_FLAGS }))).toEqual(['copy']);
  });

  it('a suggestion with & keeps its ampersand in the label and the word', () => {
    const [first] = buildContextMenu(params({ isEditable: true, misspelledWord: 'AT7T', dictionarySuggestions: ['AT&T'] }));
    expect(first).toEqual({ kind: 'replace', word: 'AT&T', label: 'AT&&T' });
  });

  it('spell checking only where the OS checks spelling without downloading dictionaries', () => {
    expect(spellcheckAvailable('darwin')).toBe(true);
    expect(spellcheckAvailable('win32')).toBe(true);
    expect(spellcheckAvailable('linux')).toBe(false);
  });
});
