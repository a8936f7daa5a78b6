/**
 * The production build at scale: `vite build` with a synthetic dataset of N
 * events as the bundled dataset (a page and a preview image per event and
 * language), in a process of its own. Measured: wall time and the peak
 * resident memory of the build's whole process tree (the sum of VmRSS over
 * the process and its descendants, sampled from /proc every 200 ms), the
 * files written and their size. The output is deleted afterwards.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeDataset } from '../../scripts/gen-dataset';
import { log } from '../util';

export interface BuildRun {
  events: number;
  ok: boolean;
  /** The build's last lines of output when it failed. */
  error?: string;
  ms: number;
  /** Peak RSS of the process tree, bytes (null where /proc cannot be read). */
  peakRss: number | null;
  files: number;
  bytes: number;
}

/** Children of each process, from /proc/<pid>/stat. */
function childrenByParent(): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: read after it.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = out.get(ppid);
      if (list) list.push(Number(name));
      else out.set(ppid, [Number(name)]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return out;
}

/** Resident memory of `pid` and all its descendants, bytes. */
export function treeRss(pid: number): number {
  const children = childrenByParent();
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${String(p)}/status`, 'utf8');
      const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
      if (kb) total += Number(kb) * 1024;
    } catch {
      // Gone.
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { files, bytes };
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else {
        files += 1;
        bytes += statSync(path).size;
      }
    }
  }
  return { files, bytes };
}

/** Builds the app with `events` synthetic events bundled; `workDir` holds the inputs and output. */
export async function measureBuild(
  root: string,
  events: number,
  workDir: string,
): Promise<BuildRun> {
  const publicDir = join(workDir, `public-${String(events)}`);
  const outDir = join(workDir, `dist-${String(events)}`);
  rmSync(publicDir, { recursive: true, force: true });
  cpSync(join(root, 'public'), publicDir, { recursive: true });
  writeDataset(events, join(publicDir, 'data', 'cuba-syria.json'));
  const started = Date.now();
  const canSample = existsSync('/proc/self/status');
  let peak = 0;
  const tail: string[] = [];
  const code = await new Promise<number>((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(root, 'bench', 'measure', 'buildChild.ts'),
        publicDir,
        outDir,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (line.startsWith('prerender:')) log(`    ${line}`);
        if (line.trim()) tail.push(line);
      }
      tail.splice(0, Math.max(0, tail.length - 20));
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = canSample
      ? setInterval(() => {
          if (child.pid) peak = Math.max(peak, treeRss(child.pid));
        }, 200)
      : null;
    child.on('error', fail);
    child.on('exit', (status) => {
      if (timer) clearInterval(timer);
      done(status ?? 1);
    });
  });
  const ms = Date.now() - started;
  const { files, bytes } = sizeOf(outDir);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}-partial`, { recursive: true, force: true });
  rmSync(publicDir, { recursive: true, force: true });
  return {
    events,
    ok: code === 0,
    ...(code === 0 ? {} : { error: tail.slice(-5).join(' / ') }),
    ms,
    peakRss: canSample ? peak : null,
    files,
    bytes,
  };
}
