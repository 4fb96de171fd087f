import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateProject } from '../../src/evaluation/validate.js';
import { validationMessages } from '../../src/evaluation/validation-messages.js';
import type { KnowledgeLocation } from '../../src/knowledge/load-knowledge.js';
import { brokenKnowledge, MINI, removeBrokenCopies } from './mini-knowledge.js';

afterAll(removeBrokenCopies);

async function errorsOf(location: KnowledgeLocation): Promise<string[]> {
  const { problems } = await validateProject(location);
  return problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message);
}

/** The one error a broken fixture should produce, checked to name the file, the field and the fix. */
async function theError(location: KnowledgeLocation, file: string, field: string | RegExp, fix: RegExp): Promise<string> {
  const errors = await errorsOf(location);
  expect(errors).toHaveLength(1);
  const message = errors[0] ?? '';
  expect(message.startsWith(`${file}: `), message).toBe(true);
  if (typeof field === 'string') expect(message).toContain(field);
  else expect(message).toMatch(field);
  expect(message).toMatch(fix);
  return message;
}

describe('validateProject', () => {
  it('finds no errors in the intact fixture and reaches every fact', async () => {
    const { problems, reachability } = await validateProject(MINI);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(reachability.map((fact) => [fact.factId, fact.reachable])).toEqual([
      ['sales', true],
      ['profit', true],
      ['factory', true],
    ]);
  });

  it('names the citation id that is not a sentence, and where to find real ones', async () => {
    const location = brokenKnowledge((files) => {
      files.facts.facts[0].citations = ['s99', 's1', 's2'];
    });
    const message = await theError(location, join(location.knowledgeDir, 'facts.json'), 'facts[0].citations[0] "s99"', /use one from sentences\.json/);
    expect(message).toContain('is not a sentence id');
  });

  it('names the sentence whose offsets do not match the article, and the command that fixes it', async () => {
    const location = brokenKnowledge((files) => {
      files.sentences.sentences[1].start += 1;
    });
    await theError(location, join(location.knowledgeDir, 'sentences.json'), 'sentences[1] (s2)', /run `npm run segment`/);
  });

  it('names a content sentence that no fact covers', async () => {
    const location = brokenKnowledge((files) => {
      files.facts.facts[2].citations = ['s3'];
    });
    await theError(location, join(location.knowledgeDir, 'facts.json'), 'no fact cites s4', /add a fact that covers it/);
  });

  it('names a number an answer states that its cited sentences do not', async () => {
    const location = brokenKnowledge((files) => {
      files.facts.facts[1].answer = 'Profit fell to 2 billion dollars.';
    });
    await theError(location, join(location.knowledgeDir, 'facts.json'), 'facts[1].answer states 2', /cite the sentence that says it or remove the number/);
  });

  it('names an utterance two intents share', async () => {
    const location = brokenKnowledge((files) => {
      files.intents.plans[0].utterances.push("What was Acme's profit?");
    });
    await theError(location, location.intentsDir, /"What was Acme's profit\?" is an utterance of both finance\.profit and plans\.factory/, /keep it in one/);
  });

  it("names an article intent that redefines the engine's small talk, and where its own reply goes", async () => {
    const location = brokenKnowledge((files) => {
      files.intents.plans.push({ intent: 'smalltalk.thanks', description: 'Thanks', utterances: ['thanks', 'thank you', 'cheers', 'ta', 'thx'], tests: ['many thanks'] });
    });
    const errors = await errorsOf(location);
    expect(errors.some((error) => error.includes(`intent "smalltalk.thanks" is the engine's small talk`) && error.includes('replies.json'))).toBe(true);
  });

  it('names an intent with too few training utterances', async () => {
    const location = brokenKnowledge((files) => {
      files.intents.plans[0].utterances = files.intents.plans[0].utterances.slice(0, 6);
    });
    const file = join(location.intentsDir, 'plans.json');
    const message = await theError(location, file, '[0].utterances', /add at least 4 more/);
    expect(message).toBe(validationMessages.tooFewUtterances(file, 0, 'plans.factory', 6, 10));
  });

  it('names a fact that none of its own questions reach', async () => {
    const location = brokenKnowledge((files) => {
      // The factory fact answers "where" and "what", never "how many": these questions cannot reach it.
      files.facts.facts[2].questions = ['How many factories will Acme open?', 'How many plants is Acme building in Spain?', 'How many jobs will the factory bring?'];
    });
    const file = join(location.knowledgeDir, 'facts.json');
    const message = await theError(location, file, 'facts[2] (factory)', /fix facts\[2\]\.questions, keywords or answers/);
    expect(message).toBe(validationMessages.factUnreachable(file, 2, 'factory', 3));
  });

  it('warns, per paraphrase, where a fact question goes instead', async () => {
    const location = brokenKnowledge((files) => {
      files.facts.facts[2].questions[0] = 'How many factories will Acme open?';
    });
    const { problems, reachability } = await validateProject(location);
    const factory = reachability.find((fact) => fact.factId === 'factory');
    expect(factory).toMatchObject({ reachedBy: 2, reachable: true, flagged: true });
    const messages = problems.map((problem) => `${problem.severity} ${problem.message}`);
    expect(messages).toContainEqual(`warning ${validationMessages.factFragile(join(location.knowledgeDir, 'facts.json'), 2, 'factory', 2, 3)}`);
    expect(messages.some((message) => message.startsWith('warning') && message.includes('facts[2].questions[0] "How many factories will Acme open?" falls back'))).toBe(true);
  });
});
