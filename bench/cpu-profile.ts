/**
 * Reading `node --cpu-prof` profiles: self and inclusive time per function,
 * each with its file:line, mapped back to the TypeScript sources through the
 * build's source maps (`npm run build` writes them).
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from './paths.js';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}

export interface CpuProfile {
  readonly nodes: ReadonlyArray<{ readonly id: number; readonly callFrame: CallFrame; readonly children?: readonly number[] }>;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface FunctionTime {
  readonly name: string;
  /** `path:line` relative to the project, mapped to the TypeScript source where a map exists. */
  readonly location: string;
  readonly selfMs: number;
  readonly totalMs: number;
}

export function readCpuProfile(file: string): CpuProfile {
  return JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
}

const sourceMaps = new Map<string, SourceMap | undefined>();

/** Where a frame's code lives, as `file:line` (1-based), through the build's source map when there is one. */
function locate(frame: CallFrame): string {
  if (!frame.url.startsWith('file://')) return frame.url || '(native)';
  const file = fileURLToPath(frame.url);
  if (!sourceMaps.has(file)) {
    const mapFile = `${file}.map`;
    sourceMaps.set(file, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined);
  }
  const entry = sourceMaps.get(file)?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number } | undefined;
  if (entry?.originalSource !== undefined && entry.originalLine !== undefined) {
    const source = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : entry.originalSource;
    return `${display(source.startsWith('/') ? source : `${file}/../${source}`)}:${entry.originalLine + 1}`;
  }
  return `${display(file)}:${frame.lineNumber + 1}`;
}

/** `node_modules/pkg/…` for libraries; `src/…` (or `bench/…`) for the project, wherever the profiled checkout lives. */
function display(path: string): string {
  const library = path.lastIndexOf('/node_modules/');
  if (library >= 0) return path.slice(library + 1);
  const rel = relative(PROJECT_ROOT, path);
  if (!rel.startsWith('..')) return rel;
  return /\/((?:src|bench|test)\/.*)$/.exec(path)?.[1] ?? path;
}

/** Self and inclusive time per function (recursion counted once per sample). */
export function functionTimes(profile: CpuProfile, skipMs = 0): FunctionTime[] {
  const parent = new Map<number, number>();
  const frame = new Map<number, CallFrame>();
  for (const node of profile.nodes) {
    frame.set(node.id, node.callFrame);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const keyOf = new Map<number, string>();
  const times = new Map<string, { name: string; location: string; selfMs: number; totalMs: number }>();
  const key = (id: number): string => {
    let cached = keyOf.get(id);
    if (cached === undefined) {
      const callFrame = frame.get(id) as CallFrame;
      const location = locate(callFrame);
      cached = `${callFrame.functionName || '(anonymous)'} ${location}`;
      keyOf.set(id, cached);
      if (!times.has(cached)) times.set(cached, { name: callFrame.functionName || '(anonymous)', location, selfMs: 0, totalMs: 0 });
    }
    return cached;
  };
  let elapsedMs = 0;
  profile.samples.forEach((id, i) => {
    const deltaMs = (profile.timeDeltas[i] ?? 0) / 1000;
    elapsedMs += deltaMs;
    if (elapsedMs < skipMs) return;
    const self = times.get(key(id));
    if (self !== undefined) self.selfMs += deltaMs;
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const k = key(node);
      if (seen.has(k)) continue;
      seen.add(k);
      const entry = times.get(k);
      if (entry !== undefined) entry.totalMs += deltaMs;
    }
  });
  return [...times.values()];
}

