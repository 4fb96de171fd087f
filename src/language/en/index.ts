/**
 * The engine's English: everything about the language that is not about an
 * article. An article's lexicon (`knowledge/lexicon.json`) adds its own
 * entities, domain terms and synonyms on top of this.
 */
export { CONTRACTIONS } from './contractions.js';
export { CURRENCY_FORMS, CURRENCY_WORDS, type Currency } from './currencies.js';
export { englishWords, createEnglishWords, type EnglishWords } from './dictionary.js';
export { GREETINGS } from './greetings.js';
export { inflectionsOf } from './inflections.js';
export { APPROXIMATORS, readNumberWords, SCALE_PATTERN, SCALE_WORDS, type Scale } from './numbers.js';
export { STOPWORDS } from './stopwords.js';
export { GENERAL_SYNONYMS } from './synonyms.js';
export { relativePeriods, statesATime } from './times.js';
export { ARTICLE_WORDS, IDENTITY_WORDS, TOPIC_NEUTRAL_WORDS } from './topic-neutral.js';
export { CARRIES_ON_OPENERS, DEMONSTRATIVES, OBJECT_PRONOUN_AFTER, PRONOUNS, VERBS_AFTER_A_DEMONSTRATIVE } from './pronouns.js';
