import { describe, expect, it } from 'vitest';
import { inflectionsOf } from '../../src/language/en/index.js';
import type { KnowledgeBase } from '../../src/knowledge/load-knowledge.js';
import { createNormalizer } from '../../src/pipeline/normalize.js';
import { buildVocabulary } from '../../src/pipeline/vocabulary.js';
import { realBot } from '../support/real-bot.js';

describe('the forms of a word', () => {
  it('are the regular ones English spelling makes, with doubled consonants, -es and -ies', () => {
    expect(inflectionsOf('pick')).toEqual(expect.arrayContaining(['pick', 'picks', 'picked', 'picking']));
    expect(inflectionsOf('stop')).toEqual(expect.arrayContaining(['stopped', 'stopping']));
    expect(inflectionsOf('carry')).toEqual(expect.arrayContaining(['carries', 'carried']));
    expect(inflectionsOf('push')).toEqual(expect.arrayContaining(['pushes', 'pushed', 'pushing']));
    expect(inflectionsOf('visit')).toContain('visited');
  });

  it('include irregular forms and never a made-up one', () => {
    expect(inflectionsOf('put')).toEqual(expect.arrayContaining(['put', 'puts', 'putting']));
    expect(inflectionsOf('put')).not.toContain('puted');
    expect(inflectionsOf('bring')).toContain('brought');
    expect(inflectionsOf('bring')).not.toContain('bringed');
  });
});

describe('reading a question through WordNet', () => {
  const knowledge: KnowledgeBase = realBot().engine.knowledge;
  const relations = (entries: Record<string, Array<[string, 'synonym' | 'derivation' | 'hypernym' | 'hyponym']>>): KnowledgeBase => ({
    ...knowledge,
    wordRelations: { source: 'test', vocabulary: '0'.repeat(64), relations: entries },
  });

  it('reads a WordNet phrase in any form of its verb as the knowledge base word it means', () => {
    const normalize = createNormalizer(buildVocabulary(relations({ haul_in: [['detained', 'synonym']] })));
    expect(normalize('when was the cfo hauled in').words).toContain('detained');
    expect(normalize('who hauls in people').words).toContain('detained');
  });

  it('reads a phrase only as a synonym, never as a broader word', () => {
    const normalize = createNormalizer(buildVocabulary(relations({ haul_in: [['detained', 'hypernym']] })));
    expect(normalize('when was the cfo hauled in').words).not.toContain('detained');
  });

  it("never reads a phrase as a word that is one of the article's names", () => {
    const normalize = createNormalizer(buildVocabulary(relations({ put_forward: [['canada', 'synonym']], haul_in: [['detained', 'synonym']] })));
    expect(normalize('when did they put forward the plan').words).not.toContain('canada');
    expect(normalize('when did they haul in the cfo').words).toContain('detained');
  });

  it('reads a word as a synonym before a word it is broader than', () => {
    const vocabulary = buildVocabulary(relations({ quagga: [['canola', 'hypernym'], ['countries', 'synonym']] }));
    expect(vocabulary.relatedWord('quagga')).toBe('countries');
  });

  it('reads a broader word as the one knowledge base word it covers, and never as a narrower one', () => {
    const vocabulary = buildVocabulary(
      relations({
        zebrafish: [['canola', 'hypernym']],
        quagga: [['canola', 'hypernym'], ['countries', 'hypernym']],
        okapi: [['countries', 'hyponym']],
      }),
    );
    expect(vocabulary.relatedWord('zebrafish')).toBe('canola');
    expect(vocabulary.relatedWord('quagga')).toBeUndefined();
    expect(vocabulary.relatedWord('okapi')).toBeUndefined();
  });

  it('reads a rank however it is written', () => {
    const normalize = createNormalizer(buildVocabulary(knowledge));
    for (const rank of ['number two', 'No. 2', 'number 2', '2nd', 'second']) expect(normalize(`is it the ${rank} brand`).words, rank).toContain('second');
  });

  it('reads a clipped word as the word in full', () => {
    const normalize = createNormalizer(buildVocabulary(knowledge));
    expect(normalize('is it a leader in next-gen networks').words).toContain('generation');
    expect(normalize('what did the govt say').words).toContain('government');
  });
});
