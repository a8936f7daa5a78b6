/**
 * Validates dataset files against the public format.
 *
 *   tsx scripts/check-data.ts <file> [more files]     ("-" reads standard input)
 *
 * Prints "OK: <file> (N events, M places)" for each valid file and
 * "<file>: <path>: <message>" for every problem (to stderr). Exit status:
 * 0 if all files are valid, 1 if any file has a problem, 2 on usage error.
 */
import { checkFile, checkStream } from './checkData';

const USAGE =
  'Usage: tsx scripts/check-data.ts <file.json | -> [more files]   (- reads standard input)';

async function main(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  if (args.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let failed = false;
  for (const file of args) {
    const { ok, lines } = file === '-' ? await checkStream(process.stdin) : await checkFile(file);
    for (const line of lines) {
      if (ok) console.log(line);
      else console.error(line);
    }
    failed ||= !ok;
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
