/** Which engine a first-sight record scored: the short commit, marked `-dirty` when the code or data differed from it. */
import { execFileSync } from 'node:child_process';

export function sourceCommit(projectRoot: string): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = git('status', '--porcelain', '--', 'src', 'knowledge', 'intents') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? '-dirty' : ''}`;
  } catch {
    return 'unknown';
  }
}
