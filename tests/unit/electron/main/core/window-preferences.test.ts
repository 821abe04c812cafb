/**
 * The hidden store window must not be throttled (it answers every call and the reminder
 * scheduler's checks); Playwright's Electron launcher hides the difference, so the preference is
 * checked here and the packaged-app tier measures it where a binary exists.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { STORE_WINDOW_PREFERENCES } from '../../../../../electron/main/core/window-preferences';

const ROOT = path.resolve(import.meta.dirname, '../../../../..');

describe('store window preferences', () => {
  it('turn background throttling off', () => {
    expect(STORE_WINDOW_PREFERENCES).toEqual({ backgroundThrottling: false });
  });

  it('reach the store window\'s locked-down preferences, and only there', () => {
    const source = ts.createSourceFile('windows.ts', readFileSync(path.join(ROOT, 'electron/main/adapters/windows.ts'), 'utf8'), ts.ScriptTarget.ES2022, true);
    const spreads: { fn: string; text: string }[] = [];
    const visit = (node: ts.Node, fn: string) => {
      const name = ts.isFunctionDeclaration(node) && node.name ? node.name.text : fn;
      if (ts.isPropertyAssignment(node) && node.name.getText() === 'webPreferences') spreads.push({ fn: name, text: node.initializer.getText() });
      node.forEachChild((child) => visit(child, name));
    };
    visit(source, '');
    expect(spreads).toEqual([
      { fn: 'createUiWindow', text: 'securePreferences(preload, { spellcheck: spellcheckAvailable(process.platform) })' },
      { fn: 'createStoreWindow', text: 'securePreferences(preload, STORE_WINDOW_PREFERENCES)' },
    ]);
    // The shared preferences pass the flag through (and throttle by default: the UI window hidden to the tray may sleep).
    const secure = source.statements.find((st): st is ts.FunctionDeclaration => ts.isFunctionDeclaration(st) && st.name?.text === 'securePreferences');
    expect(secure?.parameters.map((p) => p.getText())).toEqual(['preload: string', 'differences: { spellcheck?: boolean; backgroundThrottling?: boolean } = {}']);
    expect(secure?.body?.statements[0]?.getText()).toBe('const { spellcheck = false, backgroundThrottling = true } = differences;');
    const returned = secure?.body?.statements.find(ts.isReturnStatement)?.expression;
    expect(returned && ts.isObjectLiteralExpression(returned) ? returned.properties.map((p) => p.getText()).filter((t) => t.startsWith('backgroundThrottling')) : []).toEqual(['backgroundThrottling']);
  });
});
