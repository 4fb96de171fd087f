/**
 * `npm run validate`: checks every article's knowledge/<slug>/ and
 * intents/<slug>/ (or one, with --article) and lists every problem with file,
 * field and fix. Exits 1 when there is an error (or, with --strict, a
 * warning), so CI and a pre-commit hook can run it.
 *
 *   npm run validate -- [--article slug] [--strict] [--min-utterances 10] [--min-tests 3]
 */
import { loadConfig } from '../config.js';
import { UsageError } from '../errors.js';
import { DEFAULT_VALIDATION, validateProject } from '../evaluation/validate.js';
import { findArticles } from '../knowledge/load-articles.js';
import { parseCommandLine, runCli } from './run-cli.js';

const USAGE = 'Usage: article-bot validate [--article slug] [--strict] [--min-utterances 10] [--min-tests 3]';

runCli(async () => {
  const { values } = parseCommandLine(USAGE, {
    options: {
      article: { type: 'string' },
      strict: { type: 'boolean', default: false },
      'min-utterances': { type: 'string', default: String(DEFAULT_VALIDATION.minUtterances) },
      'min-tests': { type: 'string', default: String(DEFAULT_VALIDATION.minTests) },
    },
  });
  const options = { minUtterances: count('--min-utterances', values['min-utterances']), minTests: count('--min-tests', values['min-tests']) };
  const locations = findArticles(loadConfig());
  const chosen = values.article === undefined ? locations : locations.filter((location) => location.slug === values.article);
  if (chosen.length === 0) throw new UsageError(`--article "${values.article}" is not valid: use one of ${locations.map((l) => l.slug).join(', ')}.`);
  let errors = 0;
  let warnings = 0;
  for (const location of chosen) {
    const { problems, reachability } = await validateProject(location, options);
    if (chosen.length > 1) console.log(`── ${location.slug}`);
    for (const problem of problems) console.log(`${problem.severity === 'error' ? 'error  ' : 'warning'} ${problem.message}`);
    const found = problems.filter((p) => p.severity === 'error').length;
    errors += found;
    warnings += problems.length - found;
    if (reachability.length > 0) {
      const reached = reachability.filter((fact) => !fact.flagged).length;
      console.log(`Reachability: ${reached} of ${reachability.length} facts reached by at least three of their own questions.\n`);
    }
  }
  console.log(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`);
  return errors > 0 || (values.strict && warnings > 0) ? 1 : 0;
});

function count(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new UsageError(`${flag} "${text}" is not valid: use a whole number.`);
  return value;
}
