/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security),
 * one test per item, checked against the pure policies in electron/main/core/security.ts and, where
 * the rule lives in Electron wiring that unit tests cannot run, against the source itself parsed
 * with the TypeScript compiler API (so comments and strings never count as code).
 * Items that do not apply say why in their test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { recordingRouter } from '../../support/main-handlers';
import {
  CONTENT_SECURITY_POLICY,
  externalUrlToOpen,
  isNavigationAllowed,
  isPermissionGranted,
  isTrustedSender,
  STORE_ORIGIN,
  UI_ORIGIN,
} from '../../../electron/main/core/security';
import { createPlannerBridge } from '../../../electron/preload/bridge';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function read(rel: string): string {
  return readFileSync(path.join(ROOT, rel), 'utf8');
}

const parsed = new Map<string, ts.SourceFile>();
function parse(rel: string): ts.SourceFile {
  let file = parsed.get(rel);
  if (!file) {
    file = ts.createSourceFile(rel, read(rel), ts.ScriptTarget.ES2022, true, rel.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    parsed.set(rel, file);
  }
  return file;
}

/** Every .ts/.tsx/.html file under a folder, as repo-relative paths. */
function filesUnder(rel: string, exts: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
    const child = `${rel}/${entry.name}`;
    if (entry.isDirectory()) out.push(...filesUnder(child, exts));
    else if (exts.some((ext) => entry.name.endsWith(ext))) out.push(child);
  }
  return out.sort();
}

const MAIN_FILES = filesUnder('electron/main', ['.ts']);
const PRELOAD_FILES = filesUnder('electron/preload', ['.ts']);
const ALL_APP_CODE = [...filesUnder('electron', ['.ts']), ...filesUnder('renderer', ['.ts', '.tsx'])];
const HTML_PAGES = ['renderer/index.html', 'electron/store/index.html'];

function descendants(node: ts.Node): ts.Node[] {
  const out: ts.Node[] = [];
  const visit = (n: ts.Node) => {
    out.push(n);
    n.forEachChild(visit);
  };
  node.forEachChild(visit);
  return out;
}

/** Calls whose callee ends in `.name` (or is `name`), e.g. callsTo(file, 'loadURL'). */
function callsTo(file: ts.SourceFile, name: string): ts.CallExpression[] {
  return descendants(file).filter((n): n is ts.CallExpression => {
    if (!ts.isCallExpression(n)) return false;
    const callee = n.expression;
    return (ts.isPropertyAccessExpression(callee) && callee.name.text === name) || (ts.isIdentifier(callee) && callee.text === name);
  });
}

function calleeText(call: ts.CallExpression): string {
  return call.expression.getText();
}

function stringArg(call: ts.CallExpression, index: number): string | null {
  const arg = call.arguments[index];
  return arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) ? arg.text : null;
}

function propertyName(prop: ts.ObjectLiteralElementLike): string | null {
  if (!prop.name) return null;
  if (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name)) return prop.name.text;
  return null;
}

function property(obj: ts.ObjectLiteralExpression, name: string): ts.ObjectLiteralElementLike | undefined {
  return obj.properties.find((p) => propertyName(p) === name);
}

/** A literal's value, or NOT_LITERAL for anything a reader cannot see at a glance. */
const NOT_LITERAL = Symbol('not a literal');
type Literal = boolean | string | number | typeof NOT_LITERAL;
function literalValue(expr: ts.Expression): Literal {
  if (expr.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (expr.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text;
  if (ts.isNumericLiteral(expr)) return Number(expr.text);
  return NOT_LITERAL;
}

/**
 * Resolves a `webPreferences` value to its object literal: written inline, or returned by a
 * function declared in the same file (windows.ts shares one `securePreferences(preload)`).
 */
function resolveObject(file: ts.SourceFile, expr: ts.Expression): ts.ObjectLiteralExpression {
  if (ts.isObjectLiteralExpression(expr)) return expr;
  if (ts.isCallExpression(expr) && ts.isIdentifier(expr.expression)) {
    const name = expr.expression.text;
    const decl = descendants(file).find((n): n is ts.FunctionDeclaration => ts.isFunctionDeclaration(n) && n.name?.text === name);
    const returns = decl ? descendants(decl).filter(ts.isReturnStatement) : [];
    const objects = returns.map((r) => r.expression).filter((e): e is ts.ObjectLiteralExpression => !!e && ts.isObjectLiteralExpression(e));
    if (objects.length === 1 && returns.length === 1 && objects[0]) return objects[0];
  }
  throw new Error(`${file.fileName}: webPreferences must be an object literal or a same-file function returning one, got: ${expr.getText()}`);
}

interface WindowPrefs {
  where: string;
  prefs: Map<string, Literal>;
  /** Spread elements would hide keys from this test. */
  hasSpread: boolean;
}

/** Every `new BrowserWindow(...)` in main, with its resolved webPreferences. */
function browserWindows(): WindowPrefs[] {
  const out: WindowPrefs[] = [];
  for (const rel of MAIN_FILES) {
    const file = parse(rel);
    for (const node of descendants(file)) {
      if (!ts.isNewExpression(node) || node.expression.getText() !== 'BrowserWindow') continue;
      const where = `${rel}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      const options = node.arguments?.[0];
      if (!options || !ts.isObjectLiteralExpression(options)) throw new Error(`${where}: BrowserWindow options must be an object literal`);
      const wp = property(options, 'webPreferences');
      if (!wp || !ts.isPropertyAssignment(wp)) throw new Error(`${where}: BrowserWindow without webPreferences`);
      const obj = resolveObject(file, wp.initializer);
      const prefs = new Map<string, Literal>();
      for (const p of obj.properties) {
        const name = propertyName(p);
        if (name && ts.isPropertyAssignment(p)) prefs.set(name, literalValue(p.initializer));
        else if (name) prefs.set(name, NOT_LITERAL);
      }
      out.push({ where, prefs, hasSpread: obj.properties.some(ts.isSpreadAssignment) });
    }
  }
  return out;
}

const WINDOWS = browserWindows();

function eachWindow(check: (w: WindowPrefs) => void): void {
  expect(WINDOWS.length).toBeGreaterThanOrEqual(2); // the UI window and the store host
  for (const w of WINDOWS) {
    expect(w.hasSpread, `${w.where}: no spread in webPreferences`).toBe(false);
    check(w);
  }
}

/** The callback passed as the second argument of `contents.on(eventName, ...)` in harden.ts. */
function hardenListener(eventName: string): ts.ArrowFunction | ts.FunctionExpression {
  const harden = parse('electron/main/adapters/harden.ts');
  const calls = callsTo(harden, 'on').filter((c) => stringArg(c, 0) === eventName);
  expect(calls, `harden.ts listens to '${eventName}' exactly once`).toHaveLength(1);
  const fn = calls[0]?.arguments[1];
  if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) throw new Error(`'${eventName}' handler must be an inline function`);
  return fn;
}

/** `event.preventDefault()` calls inside a function, and whether one is unconditional. */
function preventsDefault(fn: ts.ArrowFunction | ts.FunctionExpression): { any: boolean; always: boolean } {
  const calls = descendants(fn).filter((n): n is ts.CallExpression => ts.isCallExpression(n) && n.expression.getText().endsWith('.preventDefault'));
  const always = calls.some((c) => c.parent === fn || (ts.isExpressionStatement(c.parent) && c.parent.parent.parent === fn));
  return { any: calls.length > 0, always };
}

function metaCsp(html: string): string | null {
  const tag = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(["'])(.*?)\1\s*\/?>/i.exec(html);
  return tag ? (tag[2] ?? null) : null;
}

function stringLiterals(rel: string): string[] {
  return descendants(parse(rel))
    .filter((n): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateHead => ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n))
    .map((n) => n.text);
}

describe('Electron security checklist (electronjs.org/docs/latest/tutorial/security)', () => {
  it('1. Only load secure content: every loadURL is our privileged, secure app:// scheme', () => {
    const loads = MAIN_FILES.flatMap((rel) => callsTo(parse(rel), 'loadURL').map((call) => ({ rel, call })));
    expect(loads.length).toBeGreaterThanOrEqual(2);
    for (const { rel, call } of loads) {
      const arg = call.arguments[0];
      if (!arg) throw new Error(`${rel}: loadURL without a URL`);
      if (ts.isTemplateExpression(arg)) {
        // `${UI_ORIGIN}/...` or `${STORE_ORIGIN}/...`: an app:// origin from security.ts.
        expect(arg.head.text).toBe('');
        expect(['UI_ORIGIN', 'STORE_ORIGIN']).toContain(arg.templateSpans[0]?.expression.getText());
      } else {
        // store-host.ts takes the URL as a parameter: every caller passes STORE_ORIGIN's page.
        expect(ts.isIdentifier(arg), `${rel}: loadURL(${arg.getText()})`).toBe(true);
        const callers = MAIN_FILES.flatMap((r) => callsTo(parse(r), 'runStoreHost'));
        expect(callers.length).toBeGreaterThan(0);
        for (const c of callers) expect(c.arguments[2]?.getText()).toBe('`${STORE_ORIGIN}/index.html`');
      }
    }
    expect(UI_ORIGIN.startsWith('app://')).toBe(true);
    expect(STORE_ORIGIN.startsWith('app://')).toBe(true);
    // The scheme is registered as secure (a "potentially trustworthy" origin, like https).
    const privileged = callsTo(parse('electron/main/adapters/protocol.ts'), 'registerSchemesAsPrivileged');
    expect(privileged).toHaveLength(1);
    expect(privileged[0]?.getText()).toMatch(/secure:\s*true/);
    // No page pulls a script, style or image over the network.
    for (const page of HTML_PAGES) expect(read(page)).not.toMatch(/(src|href)=["']https?:/i);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });

  it('2. Do not enable Node.js integration for remote content: nodeIntegration off everywhere', () => {
    eachWindow(({ where, prefs }) => {
      expect(prefs.get('nodeIntegration'), where).toBe(false);
      expect(prefs.get('nodeIntegrationInWorker'), where).toBe(false);
      expect(prefs.get('nodeIntegrationInSubFrames') ?? false, where).toBe(false);
    });
  });

  it('3. Enable context isolation: contextIsolation: true on every window', () => {
    eachWindow(({ where, prefs }) => expect(prefs.get('contextIsolation'), where).toBe(true));
  });

  it('4. Enable process sandboxing: sandbox: true on every window, and no --no-sandbox switch', () => {
    eachWindow(({ where, prefs }) => expect(prefs.get('sandbox'), where).toBe(true));
    for (const rel of MAIN_FILES) {
      for (const call of callsTo(parse(rel), 'appendSwitch')) expect(stringArg(call, 0), rel).not.toMatch(/sandbox/);
      expect(callsTo(parse(rel), 'disableSandbox'), rel).toHaveLength(0);
    }
  });

  it('5. Handle session permission requests: request AND check handlers deny every permission', () => {
    const harden = parse('electron/main/adapters/harden.ts');
    for (const handler of ['setPermissionRequestHandler', 'setPermissionCheckHandler']) {
      const calls = callsTo(harden, handler);
      expect(calls, handler).toHaveLength(1);
      expect(calleeText(calls[0] as ts.CallExpression)).toBe(`session.defaultSession.${handler}`);
      expect(calls[0]?.arguments[0]?.getText(), handler).toContain('isPermissionGranted(permission)');
    }
    // Every window uses the default session, the one with the handlers.
    eachWindow(({ where, prefs }) => {
      expect(prefs.has('partition'), where).toBe(false);
      expect(prefs.has('session'), where).toBe(false);
    });
    for (const rel of MAIN_FILES) expect(callsTo(parse(rel), 'fromPartition'), rel).toHaveLength(0);
    for (const p of ['media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'hid', 'serial', 'usb', 'idle-detection', 'window-management', 'storage-access', 'unknown']) {
      expect(isPermissionGranted(p), p).toBe(false);
    }
  });

  it('6. Do not disable webSecurity', () => {
    eachWindow(({ where, prefs }) => expect(prefs.get('webSecurity') ?? true, where).toBe(true));
  });

  it('7. Define a Content Security Policy: header and meta tags carry the same strict policy', () => {
    for (const page of HTML_PAGES) expect(metaCsp(read(page)), page).toBe(CONTENT_SECURITY_POLICY);
    const protocolSrc = parse('electron/main/adapters/protocol.ts');
    const header = descendants(protocolSrc).find(
      (n): n is ts.PropertyAssignment => ts.isPropertyAssignment(n) && propertyName(n) === 'content-security-policy',
    );
    expect(header?.initializer.getText()).toBe('CONTENT_SECURITY_POLICY');
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }));
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|wasm-unsafe|strict-dynamic|blob:|filesystem:/);
  });

  it('8. Do not enable allowRunningInsecureContent', () => {
    eachWindow(({ where, prefs }) => expect(prefs.get('allowRunningInsecureContent') ?? false, where).toBe(false));
  });

  it('9. Do not enable experimental features', () => {
    eachWindow(({ where, prefs }) => expect(prefs.get('experimentalFeatures') ?? false, where).toBe(false));
    for (const rel of MAIN_FILES) {
      for (const call of callsTo(parse(rel), 'appendSwitch')) expect(stringArg(call, 0), rel).not.toMatch(/experimental/);
    }
  });

  it('10. Do not use enableBlinkFeatures', () => {
    eachWindow(({ where, prefs }) => expect(prefs.has('enableBlinkFeatures'), where).toBe(false));
    for (const rel of MAIN_FILES) {
      for (const call of callsTo(parse(rel), 'appendSwitch')) expect(stringArg(call, 0), rel).not.toMatch(/blink-features/);
    }
    for (const page of HTML_PAGES) expect(read(page)).not.toMatch(/blinkfeatures/i);
  });

  it('11. Do not use allowpopups for WebViews: the <webview> tag is disabled and never used', () => {
    eachWindow(({ where, prefs }) => expect(prefs.get('webviewTag'), where).toBe(false));
    for (const rel of [...ALL_APP_CODE, ...HTML_PAGES]) expect(read(rel), rel).not.toMatch(/<webview|allowpopups/i);
  });

  it('12. Verify WebView options before creation: will-attach-webview is always refused', () => {
    const listener = hardenListener('will-attach-webview');
    expect(preventsDefault(listener)).toEqual({ any: true, always: true });
  });

  it('13. Disable or limit navigation: will-navigate and will-redirect go through isNavigationAllowed', () => {
    for (const name of ['will-navigate', 'will-redirect']) {
      const listener = hardenListener(name);
      expect(listener.getText(), name).toMatch(/if \(!isNavigationAllowed\(url, contents\.getURL\(\)\)\) event\.preventDefault\(\)/);
      expect(preventsDefault(listener).any, name).toBe(true);
    }
    eachWindow(({ where, prefs }) => expect(prefs.get('navigateOnDragDrop') ?? false, where).toBe(false));
    // The pure policy: only a reload of the same page.
    const page = `${UI_ORIGIN}/index.html`;
    expect(isNavigationAllowed(page, page)).toBe(true);
    for (const target of ['https://example.com/', 'http://localhost/', 'file:///etc/passwd', `${STORE_ORIGIN}/index.html`, 'app://ui/other.html', 'javascript:alert(1)', 'data:text/html,hi', '']) {
      expect(isNavigationAllowed(target, page), target).toBe(false);
    }
  });

  it('14. Disable or limit creation of new windows: setWindowOpenHandler denies every request', () => {
    const harden = parse('electron/main/adapters/harden.ts');
    const calls = callsTo(harden, 'setWindowOpenHandler');
    expect(calls).toHaveLength(1);
    const handler = calls[0]?.arguments[0];
    if (!handler || !ts.isArrowFunction(handler) || !ts.isBlock(handler.body)) throw new Error('setWindowOpenHandler needs an inline block-bodied handler');
    const returns = descendants(handler.body).filter(ts.isReturnStatement);
    expect(returns.length).toBeGreaterThan(0);
    for (const r of returns) expect(r.expression?.getText().replace(/\s/g, '')).toBe("{action:'deny'}");
    // The last statement returns, so no path falls through to Electron's default (allow).
    expect(ts.isReturnStatement(handler.body.statements[handler.body.statements.length - 1] as ts.Statement)).toBe(true);
    // The legacy 'new-window' event is gone in current Electron; nothing relies on it.
    for (const rel of MAIN_FILES) expect(callsTo(parse(rel), 'on').filter((c) => stringArg(c, 0) === 'new-window'), rel).toHaveLength(0);
  });

  it('15. Do not use shell.openExternal with untrusted content: only externalUrlToOpen results', () => {
    const uses = MAIN_FILES.flatMap((rel) => callsTo(parse(rel), 'openExternal').map((call) => ({ rel, call })));
    expect(uses.length).toBeGreaterThan(0);
    for (const { rel, call } of uses) {
      const arg = call.arguments[0];
      if (!arg || !ts.isIdentifier(arg)) throw new Error(`${rel}: openExternal must take a variable holding externalUrlToOpen(...)`);
      const file = parse(rel);
      const decls = descendants(file).filter((n): n is ts.VariableDeclaration => ts.isVariableDeclaration(n) && n.name.getText() === arg.text);
      expect(decls, `${rel}: one declaration of ${arg.text}`).toHaveLength(1);
      const decl = decls[0] as ts.VariableDeclaration;
      expect(decl.parent.flags & ts.NodeFlags.Const, `${rel}: ${arg.text} is const`).toBeTruthy();
      expect(decl.initializer && ts.isCallExpression(decl.initializer) ? decl.initializer.expression.getText() : null).toBe('externalUrlToOpen');
      // ... and guarded, so a refused link (null) never reaches the OS.
      let guarded = false;
      for (let n: ts.Node = call; n !== file; n = n.parent) if (ts.isIfStatement(n) && n.expression.getText() === arg.text) guarded = true;
      expect(guarded, `${rel}: openExternal(${arg.text}) inside if (${arg.text})`).toBe(true);
    }
    expect(externalUrlToOpen('https://www.electronjs.org/docs')).toBe('https://www.electronjs.org/docs');
    for (const bad of ['http://example.com', 'file:///C:/Windows/System32/calc.exe', 'smb://host/share', 'ms-msdt:/id', 'javascript:alert(1)', 'https://user:pw@example.com', 'x'.repeat(5000)]) {
      expect(externalUrlToOpen(bad), bad.slice(0, 40)).toBeNull();
    }
  });

  it('16. Use a current version of Electron: a supported major, the same in package.json and the lockfile', () => {
    const pkg = JSON.parse(read('package.json')) as { devDependencies: Record<string, string> };
    const declared = /^\^(\d+)\.\d+\.\d+$/.exec(pkg.devDependencies['electron'] ?? '');
    expect(declared, 'electron is declared as ^MAJOR.MINOR.PATCH').not.toBeNull();
    const major = Number(declared?.[1]);
    // Floor: never go back below the release this app was hardened and tested on.
    expect(major).toBeGreaterThanOrEqual(45);
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string }> };
    const locked = lock.packages['node_modules/electron']?.version ?? '';
    expect(Number(locked.split('.')[0])).toBe(major);
  });

  it('17. Validate the sender of all IPC messages: one ipcMain handler, routed through the sender check', async () => {
    const ipcCalls = MAIN_FILES.flatMap((rel) =>
      descendants(parse(rel)).filter((n): n is ts.CallExpression => ts.isCallExpression(n) && /^ipcMain\./.test(n.expression.getText())),
    );
    expect(ipcCalls.map((c) => c.expression.getText())).toEqual(['ipcMain.handle']);
    const handle = ipcCalls[0] as ts.CallExpression;
    expect(handle.arguments[0]?.getText()).toBe('IPC_INVOKE');
    const body = handle.arguments[1]?.getText() ?? '';
    expect(body).toContain('event.senderFrame');
    expect(body).toContain('frame === event.sender.mainFrame');
    expect(body).toMatch(/return router\.handle\(/);
    const routers = MAIN_FILES.flatMap((rel) => callsTo(parse(rel), 'createIpcRouter'));
    expect(routers).toHaveLength(1);
    expect(routers[0]?.arguments[0]?.getText()).toMatch(/trustedOrigin: UI_ORIGIN/);
    // The check itself: only the main frame of app://ui gets through; nothing is forwarded otherwise.
    const { router, forwarded } = recordingRouter(UI_ORIGIN);
    for (const sender of [
      { url: `${UI_ORIGIN}/index.html`, isMainFrame: false },
      { url: `${STORE_ORIGIN}/index.html`, isMainFrame: true },
      { url: 'https://evil.example/', isMainFrame: true },
      { url: 'file:///index.html', isMainFrame: true },
    ]) {
      expect(await router.handle(sender, 'profile:get', {}), sender.url).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(forwarded).toEqual([]);
    expect(isTrustedSender({ url: `${UI_ORIGIN}/index.html`, isMainFrame: true }, UI_ORIGIN)).toBe(true);
  });

  it('18. Avoid usage of the file:// protocol: pages come from the app:// custom protocol', () => {
    for (const rel of MAIN_FILES) {
      const file = parse(rel);
      expect(callsTo(file, 'loadFile'), rel).toHaveLength(0);
      for (const legacy of ['registerFileProtocol', 'interceptFileProtocol', 'registerHttpProtocol', 'interceptHttpProtocol']) {
        expect(callsTo(file, legacy), `${rel}: ${legacy}`).toHaveLength(0);
      }
      for (const text of stringLiterals(rel)) expect(text, rel).not.toMatch(/^file:/);
    }
    const handlers = callsTo(parse('electron/main/adapters/protocol.ts'), 'handle');
    expect(handlers.map((c) => c.arguments[0]?.getText())).toEqual(['APP_SCHEME']);
  });

  it('19. Check which fuses you can change: electron-builder flips the hardening fuses', () => {
    // Full packaging assertions live in packaging.test.ts; this is the checklist's view of it.
    const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
    const config = yaml.load(read('electron-builder.yml')) as { electronFuses?: Record<string, boolean> };
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('20. Do not expose Electron APIs to untrusted web content: window.planner = { invoke, on, onWriteStatus } only', async () => {
    const exposures = PRELOAD_FILES.flatMap((rel) => callsTo(parse(rel), 'exposeInMainWorld').map((call) => ({ rel, call })));
    expect(exposures.map(({ rel, call }) => [rel, stringArg(call, 0), call.arguments[1]?.getText()])).toEqual([
      ['electron/preload/index.ts', 'planner', 'planner'],
    ]);
    for (const rel of PRELOAD_FILES) {
      const file = parse(rel);
      expect(callsTo(file, 'exposeInIsolatedWorld'), rel).toHaveLength(0);
      expect(callsTo(file, 'exposeInMainWorld').every((c) => !c.arguments[1]?.getText().includes('ipcRenderer')), rel).toBe(true);
      // ipcRenderer is only ever called (invoke / on / removeListener on our own channels),
      // never passed around as a value that could reach the page.
      for (const id of descendants(file).filter((n): n is ts.Identifier => ts.isIdentifier(n) && n.text === 'ipcRenderer')) {
        if (ts.isImportSpecifier(id.parent)) continue;
        const access = id.parent;
        expect(ts.isPropertyAccessExpression(access) && access.expression === id, `${rel}: ${access.getText()}`).toBe(true);
        const member = (access as ts.PropertyAccessExpression).name.text;
        expect(['invoke', 'on', 'removeListener'], `${rel}: ipcRenderer.${member}`).toContain(member);
        const call = access.parent;
        expect(ts.isCallExpression(call) && /^IPC_[A-Z_]+$/.test(call.arguments[0]?.getText() ?? ''), `${rel}: ${call.getText()}`).toBe(true);
      }
    }
    // The object handed to the page has exactly three functions and filters unknown channels;
    // onWriteStatus only ever hands the page what became of its own writes.
    const sent: string[] = [];
    const bridge = createPlannerBridge({
      invoke: async (channel) => {
        sent.push(channel);
        return null;
      },
      subscribe: () => () => undefined,
    });
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on', 'onWriteStatus']);
    const refused = await (bridge.invoke as (channel: unknown, payload: unknown) => Promise<unknown>)('shell:open', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(sent).toEqual([]);
  });
});
