// `npm audit --omit=dev`, failing on any high or critical vulnerability in a
// runtime dependency. Where the registry offers no audit endpoint (some
// mirrors answer 405), it says so and does not fail: it cannot know.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = null;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const reason =
    report?.message ?? report?.error?.summary ?? (run.stderr.trim() || `exit ${run.status}`);
  console.warn(`audit: the registry's audit endpoint is unavailable (${reason}); check skipped.`);
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `audit: runtime dependencies: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
);
if (serious > 0) {
  console.error(
    'audit: high or critical vulnerabilities in runtime dependencies: run `npm audit --omit=dev`.',
  );
  process.exit(1);
}
