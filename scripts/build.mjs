// @ts-check
/**
 * `npm run build` compiles `src/` to `dist/` with tsc; `npm start`
 * (scripts/start.mjs) and `--if-stale` compile only when the sources changed
 * since the last build. Plain JavaScript, so that the check costs a few
 * milliseconds of hashing rather than a TypeScript loader or compiler: a
 * restart with nothing changed goes straight to the bot.
 *
 * Fresh means: `dist/` holds the fingerprint written by the last successful
 * build, that fingerprint equals the one of the sources now (contents, not
 * modification times, so a checkout, copy or clock change cannot fool it),
 * and every source file still has its compiled output. The compile itself is
 * tsc's incremental build (`tsc -b`), so after an edit only what changed is
 * checked again; type errors still stop `npm start`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = 'dist';
const FINGERPRINT_FILE = join(OUT_DIR, '.build-fingerprint');
/** Files besides the sources that change what tsc emits. */
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'node_modules/typescript/package.json'];

/**
 * Every TypeScript file under `src/`, relative to `root`, sorted.
 * @param {string} root
 * @returns {string[]}
 */
function sourceFiles(root) {
  return readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * A hash of everything the build reads: each source's path and contents, and the configuration.
 * @param {string} root
 * @returns {string}
 */
export function sourceFingerprint(root) {
  const hash = createHash('sha256');
  for (const file of [...CONFIG_FILES, ...sourceFiles(root)]) {
    hash.update(`${file}\0`);
    hash.update(existsSync(join(root, file)) ? readFileSync(join(root, file)) : '(missing)');
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * Why `dist/` must be built again, or undefined when it matches the sources.
 * @param {string} root
 * @returns {string | undefined}
 */
export function staleReason(root) {
  const recorded = join(root, FINGERPRINT_FILE);
  if (!existsSync(recorded)) return 'no build yet';
  if (readFileSync(recorded, 'utf8').trim() !== sourceFingerprint(root)) return 'the sources changed since the last build';
  const missing = sourceFiles(root)
    .filter((file) => !file.endsWith('.d.ts'))
    .find((file) => !existsSync(join(root, OUT_DIR, file.slice('src/'.length).replace(/\.ts$/, '.js'))));
  return missing === undefined ? undefined : `${missing} has no compiled output`;
}

/**
 * Compiles with tsc and records the fingerprint; returns tsc's exit code.
 * @param {string} root
 * @param {{ force: boolean }} options `force` rebuilds everything, not only what tsc thinks changed.
 * @returns {number}
 */
export function build(root, { force }) {
  // Taken before compiling: a source edited during the build leaves the next start stale, as it should.
  const fingerprint = sourceFingerprint(root);
  rmSync(join(root, FINGERPRINT_FILE), { force: true });
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  if (!existsSync(tsc)) {
    console.error(`Cannot compile: ${tsc} is missing. Run npm ci (with the dev dependencies) first.`);
    return 1;
  }
  const result = spawnSync(process.execPath, [tsc, '-b', 'tsconfig.build.json', ...(force ? ['--force'] : [])], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) return result.status ?? 1;
  writeFileSync(join(root, FINGERPRINT_FILE), `${fingerprint}\n`);
  return 0;
}

/**
 * Compiles only when `dist/` does not match the sources (saying why); returns tsc's exit code, 0 when fresh.
 * @param {string} root
 * @returns {number}
 */
export function buildIfStale(root) {
  const reason = staleReason(root);
  if (reason === undefined) return 0;
  console.error(`Compiling src/ to dist/ (${reason})…`);
  // An output deleted behind tsc's back is invisible to its incremental check: rebuild everything then.
  return build(root, { force: reason.endsWith('has no compiled output') });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = process.argv.includes('--if-stale') ? buildIfStale(ROOT) : build(ROOT, { force: true });
}
