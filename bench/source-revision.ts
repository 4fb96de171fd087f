/** Which code a report measured: the commit, and whether the working tree differed from it. */
import { execFileSync } from 'node:child_process';
import { PROJECT_ROOT } from './paths.js';

export interface SourceRevision {
  /** `git rev-parse HEAD`, or null outside a git checkout. */
  readonly commit: string | null;
  /** Files under src/, knowledge/ and intents/ that differ from the commit: if not 0, the numbers are for uncommitted code. */
  readonly uncommittedFiles: number | null;
}

export function sourceRevision(): SourceRevision {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const changed = git('status', '--porcelain', '--', 'src', 'knowledge', 'intents').split('\n').filter(Boolean);
    return { commit: git('rev-parse', 'HEAD').trim(), uncommittedFiles: changed.length };
  } catch {
    return { commit: null, uncommittedFiles: null };
  }
}
