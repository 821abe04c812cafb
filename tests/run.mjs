// `npm test`: every tier in order, then one summary. Steps: typecheck, lint, build, unit
// (Vitest), e2e (Playwright + Chromium harness), electron (real Electron, or its skip line).
// Exits non-zero if any step fails; the last line is "tests: N passed, N failed[, N skipped]".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = path.join(root, '.tmp');
mkdirSync(tmp, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];
// Failed test names, repeated at the end: CI logs keep only the tail, where the summary is.
const failures = [];
// eslint-disable-next-line no-control-regex -- the escape character is what starts a terminal colour code being stripped.
const firstLine = (text) => String(text ?? '').replace(/\x1b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim() !== '')?.trim().slice(0, 240) ?? '';

function run(name, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n── ${name} ─────────────────────────────────────────`);
  // Windows runs npm and npx as .cmd scripts, which Node starts only through a shell.
  const windows = process.platform === 'win32';
  const quoted = windows ? args.map((a) => (/[\s"]/.test(a) ? `"${a.replace(/"/g, '\\"')}"` : a)) : args;
  const result = spawnSync(command, quoted, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env }, shell: windows });
  const stdout = result.stdout?.toString() ?? '';
  process.stdout.write(stdout);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: result.status === 0, stdout, seconds };
}

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  } catch {
    return null;
  }
}

function step(name, command, args) {
  const { ok, seconds } = run(name, command, args);
  if (!ok) totals.failed += 1; // a failed check counts as a failure even though it is not a test
  rows.push([name, ok ? 'ok' : 'FAILED', seconds]);
  return ok;
}

function vitestStep() {
  const report = path.join(tmp, 'vitest.json');
  rmSync(report, { force: true });
  const { ok, seconds } = run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
  const json = readJson(report);
  const passed = json?.numPassedTests ?? 0;
  const failed = json ? json.numFailedTests + (ok ? 0 : json.numFailedTests === 0 ? 1 : 0) : 1;
  const skipped = (json?.numPendingTests ?? 0) + (json?.numTodoTests ?? 0);
  for (const file of json?.testResults ?? []) {
    const where = path.relative(root, file.name ?? '');
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'failed') failures.push(`unit  ${where} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
    }
    if (file.status === 'failed' && (file.assertionResults ?? []).every((t) => t.status !== 'failed')) failures.push(`unit  ${where}: ${firstLine(file.message)}`);
  }
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  rows.push(['unit', `${passed} passed, ${failed} failed`, seconds]);
}

function collectPlaywrightFailures(tier, suites, titles) {
  for (const suite of suites) {
    const inner = suite.title && !suite.title.endsWith('.ts') ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const last = test.results?.[test.results.length - 1];
        failures.push(`${tier}  ${spec.file}:${spec.line} › ${[...inner, spec.title].join(' › ')}: ${firstLine(last?.error?.message)}`);
      }
    }
    collectPlaywrightFailures(tier, suite.suites ?? [], inner);
  }
}

function playwrightStep(name, args) {
  const report = path.join(tmp, `${name}.json`);
  rmSync(report, { force: true });
  const { ok, stdout, seconds } = run(name, args[0], args.slice(1), { PW_JSON_REPORT: report });
  if (/^skipped: no Electron binary/m.test(stdout)) {
    totals.skipped += 1;
    rows.push([name, 'skipped: no Electron binary', seconds]);
    return;
  }
  const json = readJson(report);
  const stats = json?.stats;
  collectPlaywrightFailures(name, json?.suites ?? [], []);
  const passed = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  let failed = stats?.unexpected ?? 0;
  if (!ok && failed === 0) failed = 1; // crashed before reporting
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += stats?.skipped ?? 0;
  rows.push([name, `${passed} passed, ${failed} failed`, seconds]);
}

const checksOk = step('typecheck', 'npm', ['run', '--silent', 'typecheck']) & step('lint', 'npm', ['run', '--silent', 'lint']);
const built = step('build', 'npm', ['run', '--silent', 'build', '--', '--quiet']);
vitestStep();
if (built) {
  playwrightStep('e2e', ['npx', 'playwright', 'test', '-c', 'tests/e2e/playwright.config.ts']);
  playwrightStep('electron', ['node', 'tests/electron/run.mjs']);
} else {
  rows.push(['e2e', 'not run (build failed)', '0.0'], ['electron', 'not run (build failed)', '0.0']);
}

console.log('\n── summary ─────────────────────────────────────────');
for (const [name, outcome, seconds] of rows) console.log(`${name.padEnd(10)} ${outcome.padEnd(34)} ${seconds} s`);
if (!checksOk) console.log('(typecheck or lint failed: see above)');
if (failures.length > 0) console.log(`failed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
