// Runs a command and samples the memory of its whole process tree (the command and every process
// it starts, such as esbuild's and Pagefind's binaries) from /proc: Linux only.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * The pid and parent pid in the text of /proc/<pid>/stat. The command name, in parentheses, may
 * itself hold spaces and parentheses, so the fields are read after the last ')'.
 *
 * @example parseStat('42 (node (x)) S 7 42 …') // { pid: 42, ppid: 7 }
 */
export function parseStat(text) {
  const afterName = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { pid: Number.parseInt(text, 10), ppid: Number(afterName[1]) };
}

/**
 * `root` and every process below it in `table` (pid and parent pid of each process).
 *
 * @example descendants(1, [{ pid: 2, ppid: 1 }, { pid: 3, ppid: 2 }, { pid: 4, ppid: 9 }]) // [1, 2, 3]
 */
export function descendants(root, table) {
  const children = Map.groupBy(table, (row) => row.ppid);
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []).map((row) => row.pid));
  return tree;
}

/** Pid and parent pid of every process now running (one that exits meanwhile is skipped). */
function processTable() {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        return [parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'))];
      } catch {
        return [];
      }
    });
}

/**
 * A memory field of /proc/<pid>/status in bytes (VmRSS: resident now; VmHWM: the most it ever
 * was), 0 once the process is gone.
 */
function statusBytes(pid, field) {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs `command` and resolves when it exits, with its exit status, output, wall time and peak
 * memory: `peakTreeBytes`, the largest sum of the resident memory of the process and all its
 * descendants over the samples (every `intervalMs`); `peakRootBytes`, the process's own
 * high-water mark (VmHWM, which also catches peaks between samples).
 *
 * @returns {Promise<{ status: number | null, stdout: string, stderr: string, seconds: number, peakTreeBytes: number, peakRootBytes: number }>}
 */
export function runMeasured(command, args, { cwd, env, intervalMs = 250 }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    let peakTreeBytes = 0;
    let peakRootBytes = 0;
    const sample = () => {
      const tree = descendants(child.pid, processTable());
      peakTreeBytes = Math.max(
        peakTreeBytes,
        tree.reduce((sum, pid) => sum + statusBytes(pid, 'VmRSS'), 0),
      );
      peakRootBytes = Math.max(peakRootBytes, statusBytes(child.pid, 'VmHWM'));
    };
    const timer = setInterval(sample, intervalMs);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({
        status,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        seconds: (performance.now() - started) / 1000,
        peakTreeBytes,
        peakRootBytes,
      });
    });
  });
}
