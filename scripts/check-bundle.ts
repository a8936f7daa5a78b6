/**
 * Checks the start-up download (gzipped JS + CSS referenced by the built
 * index.html) against the budget in bench/budget.json.
 *
 *   tsx scripts/check-bundle.ts [--dist dist] [--budget bench/budget.json] [--base /]
 *
 * Run it after `npm run build`. Prints each start-up file, the total, the
 * budget and the ratio to the library floor (React, Leaflet, react-leaflet,
 * vis-timeline, vis-data and zustand alone). Exit status: 0 within budget,
 * 1 over budget, 2 on a usage or input error.
 */
import { readFileSync } from 'node:fs';
import { formatKiB, startupAssets, totalBytes, totalGzip } from './bundleSize';

const USAGE =
  'Usage: tsx scripts/check-bundle.ts [--dist dist] [--budget bench/budget.json] [--base /]';

interface Budget {
  startupGzipBytes: number;
  libraryFloorGzipBytes: number;
}

function readBudget(path: string): Budget {
  const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const get = (key: keyof Budget): number => {
    const value = (json as Record<string, unknown> | null)?.[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new Error(`"${key}" must be a positive number`);
    }
    return value;
  };
  return {
    startupGzipBytes: get('startupGzipBytes'),
    libraryFloorGzipBytes: get('libraryFloorGzipBytes'),
  };
}

function parseArgs(args: string[]): { dist: string; budget: string; base: string } | null {
  const options = { dist: 'dist', budget: 'bench/budget.json', base: '/' };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
    if ((flag === '--dist' || flag === '--budget' || flag === '--base') && value !== undefined) {
      options[flag.slice(2) as 'dist' | 'budget' | 'base'] = value;
      i++;
    } else {
      return null;
    }
  }
  return options;
}

function main(args: string[]): number {
  if (args.includes('-h') || args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const options = parseArgs(args);
  if (!options) {
    console.error(USAGE);
    return 2;
  }
  let budget: Budget;
  try {
    budget = readBudget(options.budget);
  } catch (error) {
    console.error(`${options.budget}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  let assets;
  try {
    assets = startupAssets(options.dist, { base: options.base });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error('(build the app first: npm run build)');
    return 2;
  }
  const width = Math.max(...assets.map((a) => a.file.length), 'total'.length);
  console.log(`Start-up JS and CSS of ${options.dist}/index.html (gzip -9):`);
  for (const a of assets) {
    console.log(
      `  ${a.file.padEnd(width)}  ${formatKiB(a.bytes).padStart(11)} raw  ${formatKiB(a.gzipBytes).padStart(10)} gzip`,
    );
  }
  const total = totalGzip(assets);
  console.log(
    `  ${'total'.padEnd(width)}  ${formatKiB(totalBytes(assets)).padStart(11)} raw  ${formatKiB(total).padStart(10)} gzip (${String(total)} bytes)`,
  );
  const ratio = total / budget.libraryFloorGzipBytes;
  console.log(
    `Library floor ${formatKiB(budget.libraryFloorGzipBytes)}: start-up is ${ratio.toFixed(3)} × floor (target ≤ 1.10)`,
  );
  const over = total - budget.startupGzipBytes;
  if (over > 0) {
    console.error(
      `OVER BUDGET: ${formatKiB(total)} > ${formatKiB(budget.startupGzipBytes)} (by ${String(over)} bytes, ${formatKiB(over)})`,
    );
    return 1;
  }
  console.log(
    `OK: ${formatKiB(total)} ≤ budget ${formatKiB(budget.startupGzipBytes)} (${formatKiB(-over)} to spare)`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
