/**
 * Reads what kind of answer a question asks for from its question words.
 * The decide stage refuses a fact that cannot give that kind of answer:
 * "When was Huawei founded?" asks for a time, and no fact states one.
 */
import { CURRENCY_WORDS } from '../language/en/index.js';
import type { AnswerType } from './types.js';

// "which Canadian city", "which British operators", but not "what do carriers…" (a verb, not an adjective).
const ONE_WORD_BETWEEN = '(?:(?!(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|might)\\b)\\w+ )?';

// Where two match at the same place, the one listed first wins, so the narrower phrases come first.
const PATTERNS: ReadonlyArray<[AnswerType, RegExp]> = [
  ['age', /\b(how old|what age|age of|aged|born)\b/],
  // A trait of a person or thing ("How tall is the CEO?", "What colour is the logo?"): only a fact that states
  // it answers, and the nearest profile never does. "How big/large" stays a quantity (the size of sales).
  ['attribute', /\b(how (tall|heavy|rich|wealthy|fat|thin|young|handsome|pretty|attractive|clever|religious)|what (colou?r|height|weight|nationality|religion|star sign|hair colou?r|eye colou?r)|(is|are|was|were) (he|she|they) (married|single|tall|rich))\b/],
  ['name', /\b(called|named|names?)\b/],
  ['city', new RegExp(`\\b(which|what) ${ONE_WORD_BETWEEN}(city|cities|town|towns)\\b`)],
  ['duration', /\b(how long|how many (years|months|weeks|days)|over what period|what period|for what period|what time ?frame)\b/],
  // "When" asks for a time where it opens the question or a clause of its own ("…and when?"); inside one
  // ("How did they react when she was arrested?") it only says which event the question is about.
  ['time', /(^|\b(and|or|but|so|since|until|till|from|know|say|tell (me|us)|asked|remember|wondering|wondered) |, )when\b|\bwhen$|\b(what (year|month|day|date|time)|which (year|month|day|date))\b/],
  // "Where does Huawei rank?" asks for a position, not a place.
  ['quantity', /\bwhere\b.*\b(rank|ranks|ranked|stand|stands|sit|sits|place|placed|come|comes)\b/],
  ['quantity', /\b(how (much|many|big|large|high|fast|far)|what (percentage|percent|amount|figure|sum|share)|by what (percentage|percent|margin))\b/],
  ['place', /\b(where|(which|what) (country|countries|city|cities|nation|nations|place|places|region|regions))\b/],
  ['person', new RegExp(`\\b(who|whom|whose|(which|what) ${ONE_WORD_BETWEEN}(person|people|company|companies|firm|firms|brand|brands|official|officials|executives?|organi[sz]ations?|agency|agencies|bod(?:y|ies)|watchdogs?|institutions?|authorit(?:y|ies)|banks?|operators?|carriers?|vendors?|suppliers?|governments?|regulators?|analysts?|allies|rivals?|competitors?))\\b`)],
  // "What would a ban do?" asks for consequences, which few facts state ("Why would it do that?" asks why).
  // "What will Huawei do to improve security?" asks what it will do, so only the conditional counts.
  ['effect', /\b(what (would|could|might) (\w+ ){0,4}(do|mean) (to|for)\b|what (would|could|might) (\w+ ){1,4}do$|what (would|will|could|might) happen|happens? if|(effects?|impact|consequences?) (of|on)|how (would|will|could|might|did|does|do) (\w+ ){0,4}affect)/],
  // "What is 5G for?", "What was she arrested for?" ask a purpose or a reason, with or without a filler ("…for anyway?").
  ['reason', /\b(why|how come|what (caused|drove|drives|explains|led to|is the reason)|what (reason|reasons|explanation|explanations)|for what reason|reasons? (for|behind)|what for)\b|^what (is|are|was|were) (\w+ ){1,4}for( (anyway|exactly|then|really|again))?$/],
];

// "Does the EU treat suppliers differently depending on where they come from?" asks yes or no: a question
// word inside it only describes. After a verb of saying or knowing ("Did Guo say when…?") it still asks.
const YES_NO = /^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b/;

/** Whether normalised text asks yes or no: it opens with an auxiliary ("Did sales reach $1bn?", "Was that up?"). */
export function asksYesOrNo(text: string): boolean {
  return YES_NO.test(text);
}
const QUESTION_WORD = /^(?:when|where|why|how|who|whom|whose|which|what)\b/;
const ASKS_THROUGH = /\b(?:say|says|said|explain|explained|know|knew|tell|told|reveal|revealed|mention|mentioned|give|gave|disclose|disclosed)(?: \w+)? $/;

/** The kind of answer the question asks for first ("Who founded Huawei, and when?" asks who). */
export function answerTypeOf(text: string): AnswerType {
  let found: { type: AnswerType; at: number } | undefined;
  for (const [type, pattern] of PATTERNS) {
    const at = pattern.exec(text)?.index;
    // Earlier in the question wins; at the same place, the pattern listed first (the narrower one).
    if (at !== undefined && (found === undefined || at < found.at)) found = { type, at };
  }
  if (found !== undefined && YES_NO.test(text) && QUESTION_WORD.test(text.slice(found.at)) && !ASKS_THROUGH.test(text.slice(0, found.at))) return 'any';
  return found?.type ?? 'any';
}

// "which banks", "which British banks", "the names of the Canadians", "who are the two Canadians".
const IDENTIFIED = [
  /\bwhich (\w+)(?: (\w+))?/g,
  /\bnames? of (?:the |their |its |his |her )?(\w+)(?: (\w+))?/g,
  /\bwho (?:is|are|was|were) (?:the |its |their )?(?:\d+ )?(\w+)(?: (\w+))?/g,
];

/**
 * The word for what the question asks to be identified by name: "banks" in "Which bank did the CFO
 * lie to?". A fact that mentions them without naming them does not answer (see `Fact.unnamed`).
 * Of the two words after "which", the second when it names a thing ("which Canadian product"), or
 * else the first ("which banks did").
 */
export function identifiedIn(text: string, namesAThing: (word: string) => boolean): string[] {
  return IDENTIFIED.flatMap((pattern) =>
    [...text.matchAll(pattern)].flatMap(([, first, second]) => (second !== undefined && namesAThing(second) ? [second] : first === undefined ? [] : [first])),
  );
}

// "What is Acme's revenue?", "What were the sales last year?", "What was the consumer unit's revenue in
// dollars?": a noun after at most three words, then perhaps when or in what currency.
const WHAT_IS_NOUN = new RegExp(`^what (?:is|was|are|were) (?:\\w+ ){0,3}?(\\w+)(?: last year| this year| in \\d{4}| in (?:${[...CURRENCY_WORDS.keys()].join('|')})| figures?)?$`);

/**
 * Whether "What is X's <noun>?" asks for a figure: it does when the noun is what some figure of the
 * knowledge base measures (`isFigureNoun`), as surely as "how much" does; "What is X's strategy?" does not.
 */
export function asksForFigure(text: string, isFigureNoun: (word: string) => boolean): boolean {
  const noun = WHAT_IS_NOUN.exec(text)?.[1];
  return noun !== undefined && isFigureNoun(noun);
}
