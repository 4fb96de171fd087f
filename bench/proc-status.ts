/**
 * Resident memory of a process as the kernel reports it, read from
 * `/proc/<pid>/status`, so a server's memory is measured from outside without
 * adding an endpoint to it. Linux only, like the machines the bench runs on.
 */
import { readFileSync } from 'node:fs';

export interface ProcessMemory {
  /** Resident set size now (`VmRSS`), in MB. */
  readonly rssMb: number;
  /** Highest resident set size so far (`VmHWM`), in MB. */
  readonly peakRssMb: number;
}

export function readProcessMemory(pid: number): ProcessMemory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return { rssMb: kilobytesField(status, 'VmRSS') / 1024, peakRssMb: kilobytesField(status, 'VmHWM') / 1024 };
}

function kilobytesField(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB$`, 'm').exec(status);
  if (match?.[1] === undefined) throw new Error(`bench: /proc status has no ${field} line; the bench reads memory on Linux only.`);
  return Number(match[1]);
}

/** Kernel clock ticks per second, the unit of /proc CPU times (100 on every common Linux). */
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time the process has used so far (user + system, all threads: the garbage collector's too), in ms, from `/proc/<pid>/stat`. */
export function readProcessCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces and parentheses; the fields after its last ")" are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
  return ((Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND) * 1000;
}
