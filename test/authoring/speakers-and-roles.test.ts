import { describe, expect, it } from 'vitest';
import { draftEntities } from '../../src/authoring/draft-entities.js';
import { draftFacts, type DraftFact } from '../../src/authoring/draft-facts.js';
import { segmentSentences } from '../../src/knowledge/segment-sentences.js';
import { STOPWORDS } from '../../src/language/en/index.js';

const ARTICLE =
  'Acme defends its safety record\n\n' +
  "Acme's deputy chairman has defended the company after a stinging Farmers Union report. " +
  'The report accused Acme of cutting corners. ' +
  "Jane Doe's comments came as Acme announced record sales.\n\n" +
  "The company's chief financial officer was arrested in March. Acme shares fell.\n\n" +
  'Mrs Doe said Leeds inspectors saw no sign of fraud. ' +
  'Mrs Doe spoke at a news conference.\n\n' +
  '“We welcome the Farmers Union’s attitude,” said Mrs Doe.\n\n' +
  '“They treat every maker alike.”\n\n' +
  'The regional president Tom Lee praised Acme. Deputy mayor Ann Poe did not.\n';

function factSaying(text: string): DraftFact {
  const sentences = segmentSentences(ARTICLE);
  const fact = draftFacts(sentences, draftEntities(sentences), STOPWORDS).find((draft) => draft.answer.startsWith(text));
  if (fact === undefined) throw new Error(`no fact says "${text}"`);
  return fact;
}

describe('whose words a drafted sentence reports, and whom its roles name', () => {
  it('names the holder of a role that the next sentences introduce, so the role is no longer unnamed', () => {
    const defended = factSaying("Acme's deputy chairman");
    expect(defended.entities).toContain('jane-doe');
    expect(defended.unnamed).not.toContain('chairman');
  });

  it('leaves a role unnamed when no one is introduced after it', () => {
    expect(factSaying("The company's chief financial officer").unnamed).toContain('officer');
  });

  it('makes the author of a report speak through "The report…" in the sentence after it', () => {
    expect(factSaying('The report accused').speakers).toContain('farmers-union');
  });

  it('makes a place speak for the inspectors it qualifies before a verb of finding', () => {
    expect(factSaying('Mrs Doe said Leeds inspectors').speakers).toEqual(expect.arrayContaining(['jane-doe', 'leeds']));
  });

  it('answers "where" for a sentence said at a news conference', () => {
    expect(factSaying('Mrs Doe spoke at').answers).toContain('place');
  });

  it('answers "why" of a view with the sentence whose quotation carries it on', () => {
    const view = factSaying('“We welcome');
    expect(view.aspects?.reason?.citations).toHaveLength(1);
    expect(view.aspects?.reason?.citations[0]).not.toBe(view.citations[0]);
    expect(view.aspects?.reason?.answer).toMatch(/^“/);
  });

  it('knows whoever presides over a body as its head, and a deputy as no head', () => {
    expect(factSaying('The regional president').keywords).toContain('head');
    expect(factSaying('Deputy mayor').keywords).not.toContain('head');
  });
});

describe('entities a drafted sentence refers to without naming them', () => {
  const sentences = segmentSentences(
    'Courts rule on school taxes\n\nThe Supreme Court of Cassation ruled on July 8 that Leeds may tax the schools. ' +
      'The case on which the Court has ruled was of two schools in Leeds.\n',
  );
  const facts = draftFacts(sentences, draftEntities(sentences), STOPWORDS);
  const saying = (text: string) => facts.find((fact) => fact.answer.startsWith(text));

  it('leaves "the Court" unnamed in a sentence that never says which court, so it does not answer "Which court…?"', () => {
    expect(saying('The case on which')?.unnamed).toContain('court');
  });

  it('does not count the court unnamed where the sentence names it', () => {
    expect(saying('The Supreme Court')?.unnamed).not.toContain('court');
  });
});

describe('a view given by describing something', () => {
  it('makes whoever describes a judgement as historic speak', () => {
    const sentences = segmentSentences('Magazine praises ruling\n\nThe secular magazine MicroMega describe the court ruling as historic.\n');
    const fact = draftFacts(sentences, draftEntities(sentences), STOPWORDS).find((draft) => draft.answer.includes('MicroMega'));
    expect(fact?.speakers).toContain('micromega');
  });
});

describe('a view given by proposing something', () => {
  it('makes whoever proposes measures speak, so "Did he suggest…?" finds the sentence', () => {
    const sentences = segmentSentences('Region reacts\n\nThe regional president Tom Lee has reacted by proposing some regional measures.\n');
    const fact = draftFacts(sentences, draftEntities(sentences), STOPWORDS).find((draft) => draft.answer.includes('proposing'));
    expect(fact?.speakers).toContain('tom-lee');
  });
});

describe('a sentence that says what caused the one before it', () => {
  const sentences = segmentSentences(
    'Towns ask schools for taxes\n\nSeveral towns have started asking schools to pay taxes.\n\nThe request of the towns results from a ruling of the Supreme Court in July.\n\nThe court sits in Rome.\n',
  );
  const facts = draftFacts(sentences, draftEntities(sentences), STOPWORDS);
  const saying = (text: string) => facts.find((fact) => fact.answer.startsWith(text));

  it('answers "why?" of the earlier sentence with the later one', () => {
    expect(saying('Several towns')?.aspects?.reason?.citations).toEqual([saying('The request')?.citations[0]]);
  });

  it('gives no reason to a sentence the next one does not explain', () => {
    expect(saying('The request')?.aspects?.reason).toBeUndefined();
  });
});
