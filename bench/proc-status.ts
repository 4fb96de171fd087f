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
