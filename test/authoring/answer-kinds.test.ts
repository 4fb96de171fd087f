import { describe, expect, it } from 'vitest';
import { draftEntities } from '../../src/authoring/draft-entities.js';
import { draftFacts } from '../../src/authoring/draft-facts.js';
import { segmentSentences } from '../../src/knowledge/segment-sentences.js';
import { STOPWORDS } from '../../src/language/en/index.js';

const ARTICLE = 'Acme faces curbs abroad\n\nBeijing has detained two engineers. Sales in Beijing rose five percent. Carriers complain that prices rose.\n';

function answersOf(text: string): readonly string[] {
  const sentences = segmentSentences(ARTICLE);
  const fact = draftFacts(sentences, draftEntities(sentences), STOPWORDS).find((draft) => draft.answer.startsWith(text));
  if (fact === undefined) throw new Error(`no fact says "${text}"`);
  return fact.answers;
}

describe('what a drafted sentence answers', () => {
  it('answers "who" when a place opens the clause, acting as its government', () => {
    expect(answersOf('Beijing has detained')).toContain('person');
  });

  it('answers "who" when someone unnamed speaks', () => {
    expect(answersOf('Carriers complain')).toContain('person');
  });

  it('does not answer "who" for a place that only says where', () => {
    expect(answersOf('Sales in Beijing')).not.toContain('person');
  });
});
