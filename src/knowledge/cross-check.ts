/**
 * Checks the data files against each other: what a schema cannot see.
 * Each problem names the file, the field and the fix.
 */
import type { KnowledgeBase } from './load-knowledge.js';
import { segmentSentences } from './segment-sentences.js';
import { SMALL_TALK_INTENTS } from '../language/en/small-talk.js';

const ENGINE_INTENTS = new Set(SMALL_TALK_INTENTS.map((definition) => definition.intent));

interface Folders {
  readonly knowledgeDir: string;
  readonly intentsDir: string;
}

// Digits glued to letters ("5G") name things rather than state quantities.
const NUMBER = /(?<![\p{L}\d.])\d+(?:[.,]\d+)*(?!\p{L})/gu;

/** Every number written in `text` (`19.5`, `2012`, `62.3`). */
export function numbersIn(text: string): string[] {
  return text.match(NUMBER) ?? [];
}

/** `422,000` as a value reads 422000: thousands separators group digits, they do not change them. */
function withoutGrouping(number: string): string {
  return number.replace(/,(?=\d{3}\b)/g, '');
}

export function crossCheck(knowledge: KnowledgeBase, folders: Folders): string[] {
  return [...checkSentences(knowledge, folders), ...checkFacts(knowledge, folders), ...checkIntents(knowledge, folders)];
}

function checkSentences({ article, sentences }: KnowledgeBase, { knowledgeDir }: Folders): string[] {
  const file = `${knowledgeDir}/sentences.json`;
  const problems: string[] = [];
  sentences.forEach((sentence, index) => {
    if (sentence.id !== `s${index + 1}`) {
      problems.push(`${file}: sentences[${index}].id is "${sentence.id}"; ids run s1, s2, … in reading order.`);
    }
    if (article.slice(sentence.start, sentence.end) !== sentence.text) {
      problems.push(
        `${file}: sentences[${index}] (${sentence.id}) text is not the article text at ${sentence.start}–${sentence.end}; run \`npm run segment\` to regenerate the file.`,
      );
    }
  });
  const expected = segmentSentences(article);
  if (problems.length === 0 && JSON.stringify(expected) !== JSON.stringify(sentences)) {
    problems.push(`${file}: does not match the segmentation of article.txt; run \`npm run segment\` after changing the article.`);
  }
  return problems;
}

function checkFacts(knowledge: KnowledgeBase, { knowledgeDir }: Folders): string[] {
  const file = `${knowledgeDir}/facts.json`;
  const { facts, sentenceById, lexicon, intents } = knowledge;
  const problems: string[] = [];
  const entityIds = new Set(lexicon.entities.map((entity) => entity.id));
  const intentNames = new Set(intents.map((intent) => intent.intent));
  const seen = new Set<string>();
  const cited = new Set<string>();

  const checkCitations = (ids: readonly string[], field: string): string => {
    for (const [i, id] of ids.entries()) {
      if (!sentenceById.has(id)) problems.push(`${file}: ${field}[${i}] "${id}" is not a sentence id; use one from sentences.json.`);
      cited.add(id);
    }
    return ids.map((id) => sentenceById.get(id)?.text ?? '').join(' ');
  };
  const checkNumbers = (answer: string, citedText: string, field: string): void => {
    for (const number of numbersIn(answer)) {
      if (!numbersIn(citedText).includes(number)) {
        problems.push(`${file}: ${field} states ${number}, which its cited sentences do not; cite the sentence that says it or remove the number.`);
      }
    }
  };

  facts.forEach((fact, index) => {
    const at = `facts[${index}]`;
    if (seen.has(fact.id)) problems.push(`${file}: ${at}.id "${fact.id}" is used twice; give each fact its own id.`);
    seen.add(fact.id);
    if (!intentNames.has(fact.intent)) {
      problems.push(`${file}: ${at}.intent "${fact.intent}" is not defined in intents/; add it to an intent file or use an existing one.`);
    }
    const citedText = checkCitations(fact.citations, `${at}.citations`);
    checkNumbers(fact.answer, citedText, `${at}.answer`);
    const allCitations = new Set(fact.citations);
    for (const [type, aspect] of Object.entries(fact.aspects ?? {})) {
      const aspectText = checkCitations(aspect.citations, `${at}.aspects.${type}.citations`);
      checkNumbers(aspect.answer, aspectText, `${at}.aspects.${type}.answer`);
      aspect.citations.forEach((id) => allCitations.add(id));
    }
    fact.entities.forEach((entity, i) => {
      if (!entityIds.has(entity)) problems.push(`${file}: ${at}.entities[${i}] "${entity}" is not an entity of lexicon.json; add it there or fix the id.`);
    });
    fact.speakers.forEach((speaker, i) => {
      if (!fact.entities.includes(speaker)) problems.push(`${file}: ${at}.speakers[${i}] "${speaker}" is not among the fact's entities; add it there too.`);
    });
    fact.numbers.forEach((number, i) => {
      const sentence = sentenceById.get(number.sentence);
      if (!allCitations.has(number.sentence)) {
        problems.push(`${file}: ${at}.numbers[${i}].sentence "${number.sentence}" is not among the fact's citations; cite it.`);
      } else if (sentence !== undefined && !numbersIn(sentence.text).map(withoutGrouping).includes(String(number.value)) && number.unit === undefined) {
        problems.push(`${file}: ${at}.numbers[${i}].value ${number.value} does not appear in ${number.sentence}; fix the value.`);
      }
    });
  });

  if (!entityIds.has(lexicon.subject)) {
    problems.push(`${knowledgeDir}/lexicon.json: subject "${lexicon.subject}" is not an entity id; use the id of the entity the article is about.`);
  }
  lexicon.entities.forEach((entity, index) => {
    if (entity.profile !== undefined && !seen.has(entity.profile)) {
      problems.push(`${knowledgeDir}/lexicon.json: entities[${index}].profile "${entity.profile}" is not a fact id; use one from facts.json.`);
    }
  });
  for (const sentence of knowledge.sentences) {
    if (!cited.has(sentence.id)) {
      problems.push(`${file}: no fact cites ${sentence.id} ("${sentence.text.slice(0, 50)}…"); add a fact that covers it.`);
    }
  }
  return problems;
}

function checkIntents({ intents, replies }: KnowledgeBase, { knowledgeDir, intentsDir }: Folders): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  const names = new Set<string>();
  for (const definition of intents) {
    if (names.has(definition.intent)) {
      problems.push(
        ENGINE_INTENTS.has(definition.intent)
          ? `${intentsDir}: intent "${definition.intent}" is the engine's small talk (src/language/en/small-talk.ts); remove it, and give the article's own reply in replies.json.`
          : `${intentsDir}: intent "${definition.intent}" is defined twice; merge the two records.`,
      );
    }
    names.add(definition.intent);
    for (const utterance of [...definition.utterances, ...definition.tests]) {
      const key = utterance.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      const previous = owner.get(key);
      if (previous !== undefined && previous !== definition.intent) {
        problems.push(`${intentsDir}: "${utterance}" is an utterance of both ${previous} and ${definition.intent}; keep it in one.`);
      }
      owner.set(key, definition.intent);
    }
  }
  for (const intent of Object.keys(replies.smalltalk)) {
    if (!names.has(intent)) problems.push(`${knowledgeDir}/replies.json: smalltalk.${intent} has no intent in ${intentsDir}; define it or remove the reply.`);
  }
  return problems;
}
