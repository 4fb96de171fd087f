import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/pipeline/text-tokens.js';
import { realBot } from '../support/real-bot.js';
import { createNormalizer, MAX_SPELLING_SEARCHES } from '../../src/pipeline/normalize.js';
import { buildVocabulary } from '../../src/pipeline/vocabulary.js';

const normalize = createNormalizer(buildVocabulary(realBot().engine.knowledge));

describe('normalize', () => {
  it('reads currency and number forms as one canonical form', () => {
    expect(tokenize('Did sales top $100bn?')).toEqual(['did', 'sales', 'top', '100', 'billion', 'dollars']);
    expect(tokenize('100 billion US dollars (£76.6 billion)')).toEqual(['100', 'billion', 'dollars', '76.6', 'billion', 'pounds']);
    expect(normalize('a 19.5% rise').numbers).toEqual([{ value: 19.5, percent: true }]);
  });

  it('reads number words as figures, but leaves "one" a word and corrects neither', () => {
    expect(tokenize('Which three countries?')).toEqual(['which', '3', 'countries']);
    expect(normalize('two billion dollars').numbers).toEqual([{ value: 2, scale: 'billion', currency: 'USD' }]);
    expect(normalize('no one knows').words).toEqual(['no', 'one', 'knows']);
  });

  it('reads a word that can describe, before a word naming a thing, as describing it, not as the thing asked about', () => {
    expect(normalize('What were the total sales?').focusTerms).toEqual(['sale']);
    expect(normalize('What was the total?').focusTerms).toEqual(['total']);
  });

  it('reads a possessive pronoun as no topic, and British and American spellings alike', () => {
    expect(normalize('What will happen to factories like mine?').topicTerms).not.toContain('mine');
    expect(normalize('the court judgement').terms).toEqual(normalize('the court judgment').terms);
  });

  it('reads asking how someone feels or what they believe as asking for their view, about no topic of its own', () => {
    expect(normalize('How does Jane Doe feel about the factory?').topicTerms).not.toContain('feel');
    expect(normalize('Does Jane Doe believe sales will grow?').topicTerms).not.toContain('believ');
  });

  it('reads a word that can describe, before a figure, as describing it, approximate or not', () => {
    expect(normalize('What was worth 62 billion dollars?').focusTerms).not.toContain('worth');
    expect(normalize('What was worth about 62 billion dollars?').focusTerms).not.toContain('worth');
  });

  it('reads whoever is named before a verb of saying as the speaker, unless the verb is passive', () => {
    expect(normalize('What did Guo say about backdoors?').speakers).toEqual(['guo-ping']);
    expect(normalize('Which US administration is said to be exaggerating?').speakers).toEqual([]);
    expect(normalize('What was Guo saying about backdoors?').speakers).toEqual(['guo-ping']);
    expect(normalize('How is China thought to be leaning on Canada?').speakers).toEqual([]);
    expect(normalize('Is that what Guo thought?').speakers).toEqual(['guo-ping']);
  });

  it("reads a plural no stemmer undoes as the singular the article writes, so it names the same entity", () => {
    expect(normalize("Who is Huawei's deputy chairmen?").entities).toContain('guo-ping');
  });

  it('expands contractions and straightens curly quotes', () => {
    expect(tokenize('What’s Huawei’s profit? It didn’t say')).toEqual(['what', 'is', 'huawei', 'profit', 'it', 'did', 'not', 'say']);
  });

  it('treats words that name Object.prototype members as plain words', () => {
    const question = normalize('5 constructor in valueOf pounds? was it __proto__ his');
    expect(question.words).toContain('constructor');
    expect(question.currencies).toEqual(['GBP']);
    expect(question.terms.every((term) => typeof term === 'string')).toBe(true);
    expect(question.numbers).toEqual([{ value: 5 }]);
  });

  it('reads a capitalised pronoun as an initialism, which the lexicon may name', () => {
    expect(tokenize('tell us about the US market')).toEqual(['tell', 'us', 'about', 'the', 'u.s', 'market']);
    expect(tokenize('tell us about the us market')).toEqual(['tell', 'us', 'about', 'the', 'u.s', 'market']);
    expect(tokenize('Is IT at risk?')).toEqual(['is', 'i.t', 'at', 'risk']);
    expect(tokenize('WHO IS HE')).toEqual(['who', 'is', 'he']);
    // This article's lexicon lists "u.s." among the country's names.
    expect(normalize('the US market').entities).toEqual(['usa']);
  });

  it('corrects typos towards the article vocabulary but leaves real words alone', () => {
    expect(normalize('proffit hauwei arested').text).toBe('profit huawei arrested');
    expect(normalize('When was Huawei founded?').text).toBe('when was huawei founded');
  });

  it('reads a negated form the article lacks as the word it negates', () => {
    expect(normalize('the unrepaired flaws').words).toEqual(['the', 'repaired', 'flaws']);
    expect(normalize('sales were unchanged').words).toContain('unchanged');
  });

  it('leaves an unknown name alone rather than make it a small word two edits away', () => {
    expect(normalize('What did Theresa May say?').words).toContain('theresa');
    expect(normalize('wht did guo say abut the eu').text).toBe('what did guo say about the eu');
  });

  it('corrects three-letter typos only towards the small words of questions, the words framing them included', () => {
    expect(normalize('wat was the proft').text).toBe('what was the profit');
    expect(normalize('hwo much').words[0]).toBe('how');
    expect(normalize('profit lst year').words).toEqual(['profit', 'last', 'year']);
    expect(normalize('the eu').words).toEqual(['the', 'eu']);
  });

  it('corrects a capitalised word only towards one of the article\'s names: an unknown name is no typo', () => {
    expect(normalize('Did Guo meet the Lega Nord?').words).toContain('lega');
    expect(normalize('What did Hauwei say about the Nationl Cyber Security Centre?').corrections).toEqual([
      { from: 'hauwei', to: 'huawei' },
      { from: 'nationl', to: 'national' },
    ]);
  });

  it('reads the word after "to" as a verb, not a thing asked about, when English has it as a verb', () => {
    expect(normalize('who asked the government to act').focusTerms).not.toContain('act');
    expect(normalize('who did the CFO lie to about Iran').focusTerms).toContain('iran');
  });

  it('reads an adverb the article never uses as how, not what, the question asks', () => {
    expect(normalize('Which bank did the CFO allegedly lie to?').topicTerms).not.toContain('allegedli');
    expect(normalize('Which bank did the CFO allegedly lie to?').topicTerms).toContain('bank');
  });

  it('reads the angle or aspect a reader asks about as a frame, not a topic', () => {
    expect(normalize('the profit angle: what happened?').topicTerms).toEqual(['profit']);
    expect(normalize("What's the profit connection?").topicTerms).toEqual(['profit']);
  });

  it('reads "show me" as a frame, but what a report showed as a topic', () => {
    expect(normalize('Show me the profit figure').topicTerms).toEqual(['profit']);
    expect(normalize('What did the report show?').topicTerms).toContain('show');
  });

  it('reads "what became of" as what happened to', () => {
    expect(normalize('what became of the factory').text).toBe('what happened to the factory');
  });

  it('reads "come from" as where something is from, with no topic of its own', () => {
    expect(normalize('Which country does Huawei come from?').topicTerms).not.toContain('come');
  });

  it('maps synonyms to the words the article uses', () => {
    expect(normalize('the finance chief').words).toEqual(['the', 'cfo']);
    expect(normalize('UK revenue').words).toEqual(['britain', 'sales']);
    expect(normalize('the National Cyber Security Centre on fifth-generation').words).toEqual(['the', 'ncsc', 'on', '5g']);
  });

  it('reads what kind of answer a question asks for', () => {
    expect(normalize('When was the CFO arrested?').answerType).toBe('time');
    expect(normalize('Why?').answerType).toBe('reason');
    expect(normalize('How old is Guo Ping?').answerType).toBe('age');
    expect(normalize('Over how many years?').answerType).toBe('duration');
    expect(normalize('Where does Huawei rank?').answerType).toBe('quantity');
    expect(normalize('Who founded Huawei, and when?').answerType).toBe('person');
    // "called" names something only when nothing asked "which body" first.
    expect(normalize('Which body called the engineering poor?').answerType).toBe('person');
    expect(normalize('What is the agency called?').answerType).toBe('name');
    expect(normalize("What's the name of Huawei's founder?").answerType).toBe('name');
    expect(normalize("What is the CFO's name?").answerType).toBe('name');
    expect(normalize('What would a ban do?').answerType).toBe('effect');
    expect(normalize('How did the congressional report affect Huawei?').answerType).toBe('effect');
    expect(normalize('Why would it do that?').answerType).toBe('reason');
    expect(normalize('What will Huawei do to improve security?').answerType).toBe('any');
  });

  it('reads whose words a question asks for from the entities named before a verb of saying', () => {
    expect(normalize('What did Apple say about Guo?').speakers).toEqual(['apple']);
    expect(normalize('Does Guo think British regulators will trust Huawei?').speakers).toEqual(['guo-ping']);
    expect(normalize('Tell me about Apple').speakers).toEqual([]);
    expect(normalize('tell me what Ren Zhengfei told reporters').speakers).toEqual(['ren-zhengfei']);
    expect(normalize('What did the NCSC find?').speakers).toEqual(['ncsc']);
    expect(normalize('What is the CFO accused of?').speakers).toEqual([]);
  });

  it('reads what a question asks to be identified by name', () => {
    expect(normalize('Which bank did the CFO lie to?').identifies).toEqual(['bank']);
    expect(normalize('Which Canadian product did China stop importing?').identifies).toEqual(['product']);
    expect(normalize('Who are the two Canadians detained by China?').identifies).toEqual(['canadian']);
    expect(normalize('Who blamed a lull in carrier investment?').identifies).toEqual([]);
  });

  // Once its spelling budget is spent, the words it left for want of searches are corrected the next time.
  it('is idempotent on its own output while its spelling budget lasts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const first = normalize(text);
        fc.pre(first.effort.spellingSearches < MAX_SPELLING_SEARCHES);
        const once = first.text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent on text made of the pieces its rewrites and synonyms read, while its spelling budget lasts', () => {
    const pieces = fc.constantFrom(
      ...['0', '1.5', '2018', 'b', 'bn', 'm', 'us', 'US', 'U.S.', '$', '£', '%', '_', "n't", "'s", 'per cent', 'usd', 'gbp'],
      ...['no 1', 'number 1', '2018 profit', 'hi', 'tell', 'he', 'finance chief', 'uas', 'centn', 'profit', ' ', '-', ','],
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.boolean(), (parts, spaced) => {
        const first = normalize(parts.join(spaced ? ' ' : ''));
        fc.pre(first.effort.spellingSearches < MAX_SPELLING_SEARCHES);
        const once = first.text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads again the words that dropped punctuation, corrections and synonyms bring together', () => {
    expect(normalize('0b_').text).toBe('0 billion');
    expect(normalize('US%$').text).toBe('dollars');
    expect(normalize('2018 2018 profit').text).toBe('profit');
    expect(normalize('0 million').text).toBe('0 million');
  });

  it('keeps a bare 1 a number, not "biggest"', () => {
    expect(normalize('Did profit rise by 1 billion?').numbers).toEqual([{ value: 1, scale: 'billion' }]);
    expect(normalize('Is Huawei number 1?').words).toContain('biggest');
  });
});
