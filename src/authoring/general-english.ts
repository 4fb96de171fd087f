/**
 * The general English every drafted knowledge base needs (stopwords,
 * greetings, topic-neutral words, small-talk intents), read from
 * `general-english.json` beside this file. Once the engine's language layer
 * owns these, the writer stops copying them and this module goes.
 */
import { readFileSync } from 'node:fs';
import type { IntentDefinition } from '../knowledge/schemas.js';

export interface GeneralEnglish {
  readonly smalltalk: readonly IntentDefinition[];
}

// Resolved from the project root, so the compiled build in dist/ reads the same file.
const FILE = new URL('../../src/authoring/general-english.json', import.meta.url);

export function loadGeneralEnglish(): GeneralEnglish {
  return JSON.parse(readFileSync(FILE, 'utf8')) as GeneralEnglish;
}
