import { describe, expect, it } from 'vitest';
import type { ConversationContext } from '../../src/conversation/session-store.js';
import { resolveFollowUp } from '../../src/pipeline/resolve-follow-up.js';
import { followUpTools, normalize, stagesOver, vocabulary } from './mini-stages.js';
import { HUAWEI } from '../support/articles.js';

const afterProfit: ConversationContext = { factId: 'profit', intent: 'finance.profit', people: ['jane-doe'], question: 'how much profit did acme make', answered: ['profit'] };

const resolve = (question: string, context?: ConversationContext) => resolveFollowUp(normalize(question), context, followUpTools);
const resolveAfterProfit = (question: string) => resolve(question, afterProfit);

describe('resolve follow-up (Acme fixture)', () => {
  it('reads a question with no conversation before it as it stands', () => {
    expect(resolve('Did profit fall?').followUp).toEqual({ kind: 'none' });
  });

  it('puts the person last mentioned in place of "she"', () => {
    const { question, followUp } = resolveAfterProfit('What did she say about the factory?');
    expect(followUp).toEqual({ kind: 'pronoun', entity: 'jane-doe' });
    expect(question.entities).toContain('jane-doe');
  });

  it('takes a person the knowledge base gives no pronoun for as "he" or "she", never one it says is the other', () => {
    const entities = new Map([...vocabulary.entities].map(([id, entity]) => [id, id === 'jane-doe' ? { id, category: entity.category, aliases: entity.aliases } : entity]));
    const drafted = { ...followUpTools, vocabulary: { ...vocabulary, entities } };
    expect(resolveFollowUp(normalize('What did he say about the factory?'), afterProfit, drafted).followUp).toEqual({ kind: 'pronoun', entity: 'jane-doe' });
    expect(resolveAfterProfit('What did he say about the factory?').followUp).not.toMatchObject({ kind: 'pronoun' });
  });

  it('reads a currency alone as converting the last figure', () => {
    expect(resolveAfterProfit('How much is that in pounds?').followUp).toEqual({ kind: 'conversion', factId: 'profit', currency: 'GBP' });
  });

  it('reads a short "And …?" as a fragment of the last question', () => {
    expect(resolveAfterProfit('And sales?').followUp).toEqual({ kind: 'fragment' });
  });

  it('reads "Why does she like it?" as asking why of the last fact, not as a new question about her', () => {
    expect(resolveAfterProfit('Why does she like it?').followUp).toEqual({ kind: 'aspect', factId: 'profit', type: 'reason' });
    expect(resolveAfterProfit('Where did she say it?').followUp).toEqual({ kind: 'pronoun', entity: 'jane-doe' });
  });

  it('reads a full question with a topic of its own as new', () => {
    expect(resolveAfterProfit('Where will Acme open a new factory in Spain next year?').followUp).toEqual({ kind: 'none' });
  });
});

describe('resolve follow-up (the article, whose language knows "why" and "else")', () => {
  const real = stagesOver(HUAWEI);
  const afterArrest: ConversationContext = { factId: 'cfo-arrest', intent: 'cfo.arrest', people: ['cfo'], question: 'was the cfo arrested', answered: ['cfo-arrest'] };
  const resolveReal = (question: string) => resolveFollowUp(real.normalize(question), afterArrest, real.followUpTools);

  it('reads "Why?" and "When was that?" as asking that of the last fact', () => {
    expect(resolveReal('Why?').followUp).toEqual({ kind: 'aspect', factId: 'cfo-arrest', type: 'reason' });
    expect(resolveReal('When was that?').followUp).toEqual({ kind: 'aspect', factId: 'cfo-arrest', type: 'time' });
  });

  it('reads "And Guo?" after a question about Ren as that question asked about Guo', () => {
    const afterRen: ConversationContext = { factId: 'criticism-not-hurt-sales', intent: 'us.criticism', people: ['ren-zhengfei'], question: 'what did ren zhengfei say about sales', answered: [] };
    const { question, followUp } = resolveFollowUp(real.normalize('And Guo?'), afterRen, real.followUpTools);
    expect(followUp).toEqual({ kind: 'ellipsis', entity: 'guo-ping', replaces: 'ren-zhengfei' });
    expect(question.text).toBe('what did guo ping say about sales');
  });

  it('keeps a fragment that asks something of its own about the entity a fragment', () => {
    const afterRen: ConversationContext = { factId: 'criticism-not-hurt-sales', intent: 'us.criticism', people: ['ren-zhengfei'], question: 'what did ren zhengfei say', answered: [] };
    expect(resolveFollowUp(real.normalize('And what did Guo say about that?'), afterRen, real.followUpTools).followUp.kind).not.toBe('ellipsis');
  });

  it('reads "How many people?" as asking a figure of the last fact: "people" names no topic, like "person"', () => {
    const afterDetentions: ConversationContext = { factId: 'canada-retaliation', intent: 'canada.dispute', people: [], question: 'how did china respond to the arrest', answered: [] };
    expect(resolveFollowUp(real.normalize('How many people?'), afterDetentions, real.followUpTools).followUp).toEqual({ kind: 'aspect', factId: 'canada-retaliation', type: 'quantity' });
  });

  it('reads "Was that up?" as a yes or no about the last fact, which that fact settles', () => {
    const afterGear: ConversationContext = { factId: 'network-gear-sales', intent: 'finance.network_gear', people: [], question: 'how much did huawei sell to carriers', answered: [] };
    expect(resolveFollowUp(real.normalize('Was that up?'), afterGear, real.followUpTools).followUp).toEqual({ kind: 'aspect', factId: 'network-gear-sales', type: 'any' });
  });

  it('asks past the facts already given for "What else?"', () => {
    expect(resolveReal('What else?').given).toEqual(['cfo-arrest']);
  });

  it('reads "What did it say?" after an agency\'s finding as asking that agency, not the subject', () => {
    const afterFinding: ConversationContext = { factId: 'ncsc-poor-engineering', intent: 'security.uk_report', people: [], question: 'what did the ncsc find', answered: [] };
    expect(resolveFollowUp(real.normalize('What did it say about Huawei?'), afterFinding, real.followUpTools).followUp).toEqual({ kind: 'pronoun', entity: 'ncsc' });
  });
});
