/** Which code a measurement ran: the commit, and whether the code or data differed from it. */
import { execFileSync } from 'node:child_process';

export interface SourceRevision {
  /** `git rev-parse HEAD`, or null outside a git checkout. */
  readonly commit: string | null;
  /** Files under src/, knowledge/ and intents/ that differ from the commit: if not 0, the numbers are for uncommitted code. */
  readonly uncommittedFiles: number | null;
}

export function sourceRevision(projectRoot: string): SourceRevision {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const changed = git('status', '--porcelain', '--', 'src', 'knowledge', 'intents').split('\n').filter(Boolean);
    return { commit: git('rev-parse', 'HEAD').trim(), uncommittedFiles: changed.length };
  } catch {
    return { commit: null, uncommittedFiles: null };
  }
}

/** The short commit a first-sight record names, marked `-dirty` when the code or data differed from it. */
export function sourceCommit(projectRoot: string): string {
  const { commit, uncommittedFiles } = sourceRevision(projectRoot);
  if (commit === null) return 'unknown';
  return `${commit.slice(0, 7)}${uncommittedFiles ? '-dirty' : ''}`;
}
