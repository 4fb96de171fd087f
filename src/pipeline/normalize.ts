/**
 * Stage 1: turns a question as typed into a `NormalizedQuestion`: canonical
 * words (spelling corrected, synonyms unified), content stems, the kind of
 * answer asked for, the entities and numbers mentioned.
 */
import { stem } from '../nlp/natural.js';
import { answerTypeOf } from './answer-type.js';
import { replacePhrases } from './phrases.js';
import { readNumbers, stripControl, tokenize } from './text-tokens.js';
import type { NormalizedQuestion } from './types.js';
import type { Vocabulary } from './vocabulary.js';

export type Normalize = (question: string) => NormalizedQuestion;

export function createNormalizer(vocabulary: Vocabulary): Normalize {
  return (question) => {
    const raw = stripControl(question);
    const corrections: Array<{ from: string; to: string }> = [];
    const spelled = tokenize(raw).map((word) => {
      const corrected = vocabulary.speller.correct(word);
      if (corrected === undefined) return word;
      corrections.push({ from: word, to: corrected });
      return corrected;
    });
    const words = replacePhrases(spelled, vocabulary.synonyms);
    const text = words.join(' ');
    const answerType = answerTypeOf(text);
    const terms = unique(words.filter((word) => !vocabulary.stopwords.has(word)).map(stem));
    const entities = unique([...vocabulary.entityAliases.matches(words)].map((match) => match.value));
    return {
      raw,
      text,
      words,
      terms,
      topicTerms: terms.filter((term) => !vocabulary.genericStems.has(term)),
      features: answerType === 'any' ? terms : [...terms, `?${answerType}`],
      answerType,
      entities,
      numbers: readNumbers(words),
      corrections,
    };
  };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
