/** The machine a report came from, so numbers are never compared across machines by mistake. */
import { cpus, loadavg, release, totalmem } from 'node:os';

export interface MachineDescription {
  readonly node: string;
  readonly platform: string;
  readonly kernel: string;
  readonly cpuModel: string;
  readonly cpuCount: number;
  readonly memoryGb: number;
  /**
   * One-minute load average when the run started and ended. Above the CPU
   * count, other work shared the machine and the timings are pessimistic.
   */
  readonly loadAverage: { readonly atStart: number; readonly atEnd: number };
}

export function describeMachine(loadAtStart: number): MachineDescription {
  const cores = cpus();
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    kernel: release(),
    cpuModel: cores[0]?.model.trim() ?? 'unknown',
    cpuCount: cores.length,
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: { atStart: loadAtStart, atEnd: currentLoad() },
  };
}

export function currentLoad(): number {
  return loadavg()[0] ?? 0;
}
