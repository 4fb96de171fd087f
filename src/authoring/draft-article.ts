/**
 * `npm run draft`'s recipe: article text in, a complete draft knowledge base
 * out (sentences, entities, facts, intents), plus the report of what needs a
 * human. Each step is its own module; this one only chains them.
 */
import { segmentSentences } from '../knowledge/segment-sentences.js';
import { tokenize } from '../pipeline/text-tokens.js';
import { draftEntities } from './draft-entities.js';
import { draftFacts, type DraftFact } from './draft-facts.js';
import { expandKeywords, type ExpansionOptions, DEFAULT_EXPANSION } from './expand-keywords.js';
import { englishWords as loadEnglishWords, STOPWORDS } from '../language/en/index.js';
import { draftReport } from './draft-report.js';
import { NO_PLACE_NAMES, readPlaceNames } from './place-names.js';
import { groupIntents, type GroupingOptions } from './group-intents.js';
import type { Draft } from './write-knowledge.js';

export const MIN_QUESTIONS = 3;

export interface DraftResult {
  readonly draft: Draft;
  readonly report: string;
}

/** `expansion: false` skips WordNet (a minute's file reads on a long article: keywords and places' names), for quick drafts and tests. */
export async function draftArticle(article: string, slug: string, grouping: GroupingOptions, expansion: ExpansionOptions | false = DEFAULT_EXPANSION): Promise<DraftResult> {
  const stopwords: ReadonlySet<string> = STOPWORDS;
  const sentences = segmentSentences(article);
  const englishWords = loadEnglishWords();
  const drafted = draftEntities(sentences, englishWords, expansion === false ? NO_PLACE_NAMES : await readPlaceNames(sentences));
  const padded = new Set<string>();
  // Every fact is about the article's subject: naming it ("Why did Acme…?") must not rule a fact out.
  const aboutSubject = draftFacts(sentences, drafted, stopwords).map((fact) =>
    drafted.subject === undefined ? fact : { ...fact, entities: [...new Set([...fact.entities, drafted.subject])] },
  );
  const drafts = withDistinctQuestions(aboutSubject, padded);
  const facts = expansion === false ? drafts : await expandKeywords(drafts, englishWords, expansion);
  const { facts: grouped, intents } = groupIntents(facts, sentences, stopwords, grouping);
  const draft: Draft = {
    article,
    headline: sentences[0]?.text ?? slug,
    sentences,
    entities: drafted.entities,
    subject: drafted.subject,
    facts: grouped,
    intents,
  };
  return { draft, report: draftReport({ slug, subject: drafted.subject, entities: drafted.entities, facts, padded }) };
}

/**
 * No question is asked of two facts (an utterance must belong to one intent), and each fact keeps at
 * least three: a sentence the templates found too little in gets questions quoting its opening words.
 */
function withDistinctQuestions(facts: readonly DraftFact[], padded: Set<string>): DraftFact[] {
  const seen = new Set<string>();
  const key = (question: string) => tokenize(question).join(' ');
  return facts.map((fact) => {
    const questions = fact.questions.filter((question) => !seen.has(key(question)));
    if (questions.length < MIN_QUESTIONS) {
      padded.add(fact.id);
      const opening = fact.answer.split(/\s+/).slice(0, 6).join(' ').replace(/[.,;:"“”]+$/, '');
      questions.push(`What does the article say about “${opening}”?`, `What does ${fact.citations[0]} say?`, `Tell me more about “${opening}”.`);
    }
    const kept = questions.filter((question) => !seen.has(key(question)));
    kept.forEach((question) => seen.add(key(question)));
    return { ...fact, questions: kept };
  });
}
