#!/usr/bin/env bash
# Electronegativity (Doyensec's static checker for Electron misconfigurations) over electron/
# and renderer/. Fails on any finding of MEDIUM severity or above that is not on the
# allowlist in .ci/electronegativity-report.mjs (Electronegativity itself exits 0 whatever it
# finds), and on any source file it could not parse (it would skip it silently).
#
# The tool is installed into its own folder OUTSIDE the repo, never into the project: it pins
# TypeScript 4 and ESLint 7, which must not meet the project's TypeScript 5 / ESLint 10. The
# folder is reused while the pinned versions match. The scan runs offline: a preloaded guard
# fails every outgoing connection at once (the tool would otherwise try to fetch translations,
# and AvailableSecurityFixesGlobalCheck, excluded here, fetches Electron's release list).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
started=$(date +%s)

EGN_VERSION=1.10.3
TS_VERSION=4.2.4 # what electronegativity 1.10.3 asks for (~4.2.4)
EXCLUDED_CHECKS=AvailableSecurityFixesGlobalCheck # needs the network; Electron's age is checklist test 16
dir="${MLE_EGATIVITY_DIR:-${TMPDIR:-/tmp}/mle-egativity}"

installed_version() {
  node -e 'try { process.stdout.write(require(process.argv[1]).version) } catch {}' "$dir/node_modules/$1/package.json"
}

mkdir -p "$dir"
if [ "$(installed_version @doyensec/electronegativity)" != "$EGN_VERSION" ] || [ "$(installed_version typescript)" != "$TS_VERSION" ]; then
  echo "electronegativity: installing @doyensec/electronegativity@$EGN_VERSION (typescript@$TS_VERSION) into $dir"
  cat >"$dir/package.json" <<JSON
{
  "name": "mle-egativity",
  "private": true,
  "description": "Isolated install of Electronegativity for MLE Path's CI; not part of the project.",
  "dependencies": { "@doyensec/electronegativity": "$EGN_VERSION", "typescript": "$TS_VERSION" }
}
JSON
  # --ignore-scripts: nothing in the tool needs an install script, and none should run in CI.
  (cd "$dir" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null)
fi
[ "$(installed_version @doyensec/electronegativity)" = "$EGN_VERSION" ] || { echo "electronegativity: install into $dir failed" >&2; exit 1; }

cat >"$dir/offline.cjs" <<'JS'
// Preloaded into the scan: no network, ever. Every socket connect fails at once.
const net = require('node:net');
net.Socket.prototype.connect = function connect() {
  const error = new Error('the electronegativity scan is offline');
  process.nextTick(() => this.destroy(error));
  return this;
};
JS

# The scan goes through the package's programmatic entry (its "main": the runner its CLI calls)
# with the CLI's -r, -e and -x options, for two reasons: the CLI's CSV writer writes the header
# and the rows with two unordered async writes (rows can be overwritten), and only the console
# mode reports files that failed to parse, which are otherwise skipped silently. The runner
# returns findings and parse errors together; both go to report.json for the report script.
cat >"$dir/scan.cjs" <<'JS'
const fs = require('node:fs');
const path = require('node:path');
const [input, output, electronVersion, excluded] = process.argv.slice(2);
const pkgJson = require.resolve('@doyensec/electronegativity/package.json');
const dist = path.join(path.dirname(pkgJson), 'dist');
(async () => {
  await require(path.join(dist, 'locales/i18n.js'))(); // registers the global __() the checks use
  const run = require(path.join(dist, 'runner.js'));
  const excludeFromScan = excluded.split(',').map((c) => c.trim().toLowerCase()); // CLI -x
  const result = await run(
    { input: path.resolve(input), customScan: [], excludeFromScan, isRelative: true, isVerbose: true, electronVersionOverride: electronVersion, parserPlugins: [] },
    false,
  );
  const report = {
    tool: `@doyensec/electronegativity@${require(pkgJson).version}`,
    electronVersion,
    excluded: excluded.split(','),
    checks: { global: result.globalChecks, atomic: result.atomicChecks },
    errors: result.errors.map((e) => ({ file: path.relative(path.resolve(input), e.file), message: e.message, tolerable: e.tolerable })),
    issues: result.issues.map((i) => ({
      id: i.id,
      severity: i.severity.name,
      confidence: i.confidence.name,
      file: i.file,
      line: i.location ? i.location.line : 0,
      column: i.location ? i.location.column : 0,
      sample: i.sample || '',
      description: i.description,
      manualReview: Boolean(i.manualReview),
    })),
  };
  fs.writeFileSync(output, JSON.stringify(report, null, 2) + '\n');
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
JS

# Scan a copy of exactly electron/, renderer/ and package.json, so node_modules, dist/ and tests/
# stay out and the global checks see main, preloads and pages together.
scan="$dir/scan"
rm -rf "$scan" "$dir/report.json" "$dir/scan.log"
mkdir -p "$scan"
cp -R "$repo/electron" "$repo/renderer" "$repo/package.json" "$scan/"

electron_version=$(node -e 'try { process.stdout.write(require(process.argv[1]).version) } catch {}' "$repo/node_modules/electron/package.json")
[ -n "$electron_version" ] || electron_version=$(node -e 'process.stdout.write(String(require(process.argv[1]).devDependencies.electron).replace(/^[^0-9]*/, ""))' "$repo/package.json")

(cd "$dir" && LANG=en-US NODE_OPTIONS="--require $dir/offline.cjs" node scan.cjs scan "$dir/report.json" "$electron_version" "$EXCLUDED_CHECKS") \
  >"$dir/scan.log" 2>&1 || { cat "$dir/scan.log" >&2; echo "electronegativity: the scan itself failed" >&2; exit 1; }

status=0
node "$repo/.ci/electronegativity-report.mjs" "$dir/report.json" || status=$?
echo "electronegativity: done in $(($(date +%s) - started)) s (report: $dir/report.json)"
exit "$status"
