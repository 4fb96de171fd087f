/** Where the bench finds the project's files, independent of the working directory. */
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
/** What `npm start` runs: the compiled build (`npm run build` first; the bench does it). */
export const BARE_SERVER_ENTRY = `${BENCH_DIR}bare-express-server.ts`;
export const EVAL_QUESTIONS = `${PROJECT_ROOT}test/eval/huawei/tuning/questions.json`;
/** The article the bench measures: the first one in knowledge/. */
export const REAL_KNOWLEDGE = Object.freeze({ knowledgeDir: `${PROJECT_ROOT}knowledge/huawei`, intentsDir: `${PROJECT_ROOT}intents/huawei` });
/** Every article the bot serves, for start-up per added article. */
export const ALL_KNOWLEDGE = Object.freeze({ knowledgeDir: `${PROJECT_ROOT}knowledge`, intentsDir: `${PROJECT_ROOT}intents` });
export const DEFAULT_REPORT = `${PROJECT_ROOT}reports/bench.json`;
