import { describe, expect, it } from 'vitest';
import { describeSuggestion, groupUnanswered } from '../../src/evaluation/group-unanswered.js';
import type { UnansweredCandidate, UnansweredRecord } from '../../src/evaluation/unanswered-log.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { createNormalizer } from '../../src/pipeline/normalize.js';
import { buildVocabulary } from '../../src/pipeline/vocabulary.js';
import { MINI } from './mini-knowledge.js';

const normalize = createNormalizer(buildVocabulary(loadKnowledge(MINI)));

let clock = 0;
function asked(question: string, nearest: Partial<UnansweredCandidate> & { factId: string }, fallback = true): UnansweredRecord {
  clock++;
  return {
    time: new Date(Date.UTC(2026, 0, 1, 0, clock)).toISOString(),
    channel: 'http',
    question,
    fallback,
    intent: 'x.y',
    confidence: 0.3,
    candidates: [{ score: 0.3, fuseScore: 0.5, coverage: 0.2, objections: [], ...nearest }],
  };
}

describe('groupUnanswered', () => {
  const founded = { factId: 'sales', coverage: 0, objections: [{ kind: 'coverage' as const, message: 'misses founded (coverage 0.00)' }] };
  const records = [
    asked('When was Acme founded?', founded),
    asked('when was acme founded', founded),
    asked('What year was Acme founded?', founded),
    asked('How old is Jane Doe?', { factId: 'profit', coverage: 1, objections: [{ kind: 'answer-type' as const, message: 'does not say how old' }] }),
    asked('How old is Mrs Doe?', { factId: 'profit', coverage: 1, objections: [{ kind: 'answer-type' as const, message: 'does not say how old' }] }),
    asked('Is the Spanish plant hiring?', { factId: 'factory', score: 0.45, coverage: 0.7, objections: [{ kind: 'confidence' as const, message: 'confidence 0.45 below 0.5' }] }),
  ];
  const groups = groupUnanswered(records, normalize);

  it('groups the same question asked in different words, largest group first', () => {
    expect(groups.map((group) => group.count)).toEqual([3, 2, 1]);
    expect(groups[0]?.examples).toEqual(['When was Acme founded?', 'What year was Acme founded?']);
    expect(groups[1]?.examples).toEqual(['How old is Jane Doe?', 'How old is Mrs Doe?']);
  });

  it('says "not in the article" when no fact covers the topic', () => {
    expect(groups[0]?.suggestion).toEqual({ kind: 'not-in-article' });
  });

  it('says "not in the article" when the nearest fact lacks the detail asked for', () => {
    expect(groups[1]?.nearestFact?.factId).toBe('profit');
    expect(groups[1]?.suggestion).toEqual({ kind: 'not-in-article', factId: 'profit', lacks: 'does not say how old' });
  });

  it('suggests a paraphrase when the nearest fact covers the topic but matched too weakly', () => {
    expect(groups[2]?.suggestion).toEqual({ kind: 'paraphrase', factId: 'factory' });
  });

  it('suggests a paraphrase of the fact that answered a low-confidence question', () => {
    const [group] = groupUnanswered([asked('Did sales go up?', { factId: 'sales', coverage: 0.9 }, false)], normalize);
    expect(group?.suggestion).toEqual({ kind: 'paraphrase', factId: 'sales' });
  });

  it('never proposes a question that leans on the one before it as a paraphrase', () => {
    const close = { factId: 'sales', coverage: 0.9, objections: [{ kind: 'confidence' as const, message: 'confidence 0.45 below 0.5' }] };
    for (const question of ['What did he say about sales?', 'And sales?', 'Why?', 'Why did it rise?']) {
      const [group] = groupUnanswered([asked(question, close)], normalize);
      expect(group?.suggestion, question).toEqual({ kind: 'follow-up' });
    }
    const [named] = groupUnanswered([asked('What did Jane Doe say about sales?', close)], normalize);
    expect(named?.suggestion).toEqual({ kind: 'paraphrase', factId: 'sales' });
  });

  it('says each suggestion as one plain sentence, without the explain view\'s measurements', () => {
    const answerOf = () => 'Sales rose.';
    const coverage = { kind: 'answer-coverage' as const, message: 'its answer does not say what is asked (answer coverage 0.00)' };
    const [lacking] = groupUnanswered([asked('How old is Jane Doe?', { factId: 'profile', coverage: 1, objections: [coverage] })], normalize);
    const sentences = [
      describeSuggestion(lacking!.suggestion, answerOf),
      describeSuggestion({ kind: 'not-in-article' }, answerOf),
      describeSuggestion({ kind: 'paraphrase', factId: 'sales' }, answerOf, 'knowledge/acme/facts.json'),
      describeSuggestion({ kind: 'follow-up' }, answerOf),
    ];
    expect(sentences[0]).toBe('Leave it to the fallback: the nearest fact, profile, does not state what is asked.');
    expect(sentences[2]).toBe('Add it to the questions of sales in knowledge/acme/facts.json, whose answer is "Sales rose.".');
    for (const sentence of sentences) {
      expect(sentence).toMatch(/^[A-Z][^()]*\.$/);
      expect(sentence.split(/\. (?=[A-Z])/)).toHaveLength(1);
    }
  });

  it('remembers when a group was last asked', () => {
    expect(groups[0]?.lastSeen).toBe(records[2]?.time);
  });
});
