/**
 * The drafting tool's English reader, and the only module that imports
 * `compromise` and `wink-nlp`: the rest of `src/authoring/` sees plain typed
 * values, so either library can be swapped here alone.
 *
 * `compromise` tags names (people, places, organisations, titles) and splits
 * a sentence at its first verb; `wink-nlp` reads time expressions, durations
 * and amounts, which compromise does not type. docs/drafting.md records how
 * many of two articles' entities each finds.
 */
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Finer than the lexicon's `kind`, as the lexicon's `category` records it. */
export type EntityCategory = 'person' | 'company' | 'organisation' | 'agency' | 'government' | 'country' | 'city' | 'region' | 'place';

/** One name as written in the article, cleaned of punctuation, possessives and titles. */
export interface NameMention {
  readonly name: string;
  /** Offset of the name in the text read. */
  readonly start: number;
  readonly category: EntityCategory | undefined;
  /** A title written before a person's name ("Mr"), kept for the "Mrs Doe" alias. */
  readonly title?: string;
  /** The short form given in brackets after the name: "CEI" in "Italian Episcopal Conference (CEI)". */
  readonly shortForm?: string;
  /** Written where any word takes a capital: first in its sentence (after any quotation mark). */
  readonly sentenceInitial: boolean;
}

/** A time, duration or amount expression wink-nlp reads in a sentence. */
export interface Expression {
  readonly text: string;
  readonly type: 'time' | 'duration' | 'amount' | 'ordinal';
}

/** A sentence split at its first verb: the subject before, the predicate from the verb on. */
export interface Clause {
  readonly subject: string;
  readonly predicate: string;
  /** The first verb in its infinitive form ("ask" for "asking"), if any. */
  readonly verb: string | undefined;
}

interface CompromiseTerm {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly tags: readonly string[];
  readonly offset: { readonly start: number; readonly length: number };
}

// Governments and public bodies by the general word that names them.
const GOVERNMENT_WORDS = /\b(government|administration|ministry|parliament|municipality|council|state|commission|senate|congress)\b/i;
const ORGANISATION_WORDS = /\b(court|church|union|association|conference|party|movement|centre|center|institute|university|agency|committee|foundation|federation|league|club|network|service|authority|magazine|newspaper)\b/i;
const COMPANY_WORDS = /\b(inc|corp|corporation|ltd|plc|group|company|bank|holdings|airlines?|motors)\b/i;

/** Whether a name says what kind of body it is ("… Court", "… Agency", "… Ministry"): then it is no company, whatever a sentence calls it. */
export function namesItsKind(name: string): boolean {
  return GOVERNMENT_WORDS.test(name) || ORGANISATION_WORDS.test(name) || COMPANY_WORDS.test(name);
}

/**
 * Every proper-noun phrase of `text`, split where punctuation or a possessive
 * separates two names ("Australia, Japan", "Britain’s National Cyber Security
 * Centre"), with the category compromise's tags give it.
 */
export function nameMentions(text: string): NameMention[] {
  const mentions: NameMention[] = [];
  const doc = nlp(text);
  for (const phrase of doc.match('#ProperNoun+').json({ offset: true, terms: { offset: true } }) as Array<{ terms: CompromiseTerm[] }>) {
    for (const run of splitRuns(phrase.terms)) {
      const mention = mentionOf(run, text);
      if (mention !== undefined) mentions.push(mention);
    }
  }
  // "Municipality of Leeds", "Union of Rationalist Atheists and Agnostics": names joined by "of"/"and";
  // and names compromise knows though it does not tag them proper nouns ("US").
  const joined = doc.match('#ProperNoun+ (of|for|#Value) (the)? #ProperNoun+ (and #ProperNoun+)?');
  for (const view of [joined, doc.places(), doc.organizations(), doc.people()]) {
    for (const match of view.json({ offset: true, terms: { offset: true } }) as Array<{ terms: CompromiseTerm[] }>) {
      for (const run of splitRuns(match.terms)) {
        const mention = mentionOf(run, text);
        if (mention !== undefined) mentions.push(mention);
      }
    }
  }
  return mentions;
}

/** Proper-noun runs cut at commas, brackets and possessives, keeping a bracketed short form beside its name. */
function splitRuns(terms: readonly CompromiseTerm[]): CompromiseTerm[][] {
  const runs: CompromiseTerm[][] = [];
  let current: CompromiseTerm[] = [];
  for (const term of terms) {
    if (/[(]/.test(term.pre) && current.length > 0) {
      runs.push(current);
      current = [];
    }
    current.push(term);
    if (/[,;:)]/.test(term.post) || /['’]s?$/.test(term.text) || /[(]/.test(term.post)) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length > 0) runs.push(current);
  return runs.map(trimRun).filter((run) => run.length > 0);
}

/** Drops words before a name that only describe it ("Education" in "Minister of Education Stefania Giannini"). */
function trimRun(terms: readonly CompromiseTerm[]): CompromiseTerm[] {
  let from = 0;
  while (from < terms.length - 1 && terms[from]?.tags.includes('Uncountable')) from += 1;
  return terms.slice(from);
}

function mentionOf(terms: readonly CompromiseTerm[], text: string): NameMention | undefined {
  const titleCount = terms.findIndex((term) => !term.tags.includes('Honorific'));
  if (titleCount < 0) return undefined;
  const nameTerms = terms.slice(titleCount);
  // "Chinese", "Canadians": words for a people, not names of an entity.
  if (nameTerms.every((term) => term.tags.includes('Demonym') || term.tags.includes('Adjective'))) return undefined;
  const first = nameTerms[0];
  const last = nameTerms[nameTerms.length - 1];
  if (first === undefined || last === undefined) return undefined;
  const name = text
    .slice(first.offset.start, last.offset.start + last.offset.length)
    .replace(/['’]s?$/, '')
    .replace(/[.,;:]+$/, '')
    .trim();
  if (name === '') return undefined;
  const title = terms
    .slice(0, titleCount)
    .map((term) => term.text.replace(/\.$/, ''))
    .join(' ');
  const shortForm = bracketedAfter(text, last.offset.start + last.offset.length);
  return {
    name,
    start: first.offset.start,
    category: INSTITUTION_BEFORE.test(text.slice(0, first.offset.start)) ? 'organisation' : categoryOf(terms, name),
    sentenceInitial: /^["“‘'(]*$/.test(text.slice(0, first.offset.start).trim()),
    ...(title !== '' && { title }),
    ...(shortForm !== undefined && { shortForm }),
  };
}

/** "(CEI)" or "(Italian Episcopal Conference)" right after a name. */
function bracketedAfter(text: string, end: number): string | undefined {
  return /^\s*\(([^()]{1,60})\)/.exec(text.slice(end))?.[1]?.trim();
}

// "the religious schools Santo Spirito and Immacolata": a name right after a noun for a kind of
// institution is one, whatever a tagger reads in it ("Santo" is a first name).
const INSTITUTION_BEFORE = /\b(?:schools?|hospitals?|churche?s?|colleges?|universit(?:y|ies)|firms?|compan(?:y|ies)|magazines?|newspapers?|banks?|part(?:y|ies))\s+$/i;

// A town's own government is the town to its readers: "Which town has been demanding payments?"
const TOWN_GOVERNMENT = /^(municipality|city|town|village|borough|commune) of\b/i;

function categoryOf(terms: readonly CompromiseTerm[], name: string): EntityCategory | undefined {
  const has = (tag: string) => terms.some((term) => term.tags.includes(tag));
  if (TOWN_GOVERNMENT.test(name)) return 'city';
  if (GOVERNMENT_WORDS.test(name)) return 'government';
  if (has('Organization') || ORGANISATION_WORDS.test(name)) return COMPANY_WORDS.test(name) ? 'company' : 'organisation';
  if (has('Person') || has('FirstName') || has('LastName') || has('Honorific')) return 'person';
  if (has('Country')) return 'country';
  if (has('City')) return 'city';
  if (has('Region')) return 'region';
  if (has('Place')) return 'place';
  if (has('Acronym')) return 'organisation';
  if (COMPANY_WORDS.test(name)) return 'company';
  return ORGANISATION_WORDS.test(name) ? 'organisation' : undefined;
}

/** The sentence split at its first verb (auxiliaries included: "has started asking"). */
export function clauseOf(sentence: string): Clause {
  const first = nlp(sentence).verbs(0);
  const verbText = first.text();
  if (verbText === '') return { subject: '', predicate: sentence, verb: undefined };
  const at = Math.max(0, sentence.indexOf(verbText));
  const words = first.toInfinitive().text().toLowerCase().split(/\s+/);
  const verb = words.find((word) => !AUXILIARIES.has(word)) ?? words[0];
  return { subject: sentence.slice(0, at).trim(), predicate: sentence.slice(at).trim(), verb };
}

const AUXILIARIES = new Set(['be', 'have', 'do', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'been', 'being', 'start', 'begin', 'also']);

/** The nouns of a sentence (singular forms of its noun phrases' heads), for generated questions and grouping. */
export function nounPhrases(sentence: string): string[] {
  return nlp(sentence)
    .nouns()
    .not('#Pronoun')
    .out('array')
    .map((phrase: string) => phrase.replace(/[.,;:"“”]+/g, '').trim())
    .filter((phrase: string) => phrase !== '');
}

/** Whether a sentence names someone by role ("the chief financial officer", "the mayor") or a place compromise knows. */
export interface RoleCues {
  readonly namesSomeone: boolean;
  readonly namesAPlace: boolean;
}

/**
 * The people and things a sentence mentions without naming them: roles and plurals that no name stands
 * beside ("the chief financial officer", "banks", "two Canadians": not "medical devices"), and the initials of a role of three words ("cfo").
 * "Which banks…?" is not answered by a sentence that only says "banks"; "Germany, France and other
 * governments" names some, and "deputy chairman Guo Ping" names the deputy chairman.
 */
export function unnamedMentions(sentence: string, roleHolderNamed = false): string[] {
  const doc = nlp(sentence);
  // "medical devices" and "its consumer and enterprise units" say which by their kind, as "banks" does not.
  const named = new Set<string>([...doc.match('[(#Actor|#Plural)+] #ProperNoun', 0).out('array'), ...doc.match('(#Adjective|#Noun|#Value) [#Plural]', 0).out('array')]);
  // A role whose holder the article names in the sentences after it is named, as a group of people is not.
  const roles = new Set<string>(roleHolderNamed ? (doc.match('(#Actor|#Plural)+').not('(#ProperNoun|#Pronoun|#Value)').filter((m) => !m.has('#Plural')).out('array') as string[]) : []);
  // People counted by their nationality ("detained two Canadians") are not named either.
  const counted = doc.match('#Value [#Demonym]', 0).filter((match) => match.has('#Plural')).out('array') as string[];
  const mentions = [
    ...(doc.match('(#Actor|#Plural)+').not('(#ProperNoun|#Pronoun|#Value)').out('array') as string[]).filter((phrase) => !named.has(phrase) && !roles.has(phrase) && !besideAName(sentence, phrase)),
    ...counted,
  ];
  const words = (phrase: string) => phrase.toLowerCase().replace(/[^a-z\s-]+/g, ' ').trim().split(/\s+/).filter((word) => word !== '');
  const phrases = mentions.filter((phrase) => !new RegExp(`\\bother\\s+${escapeRegExp(phrase)}`, 'i').test(sentence)).map(words);
  const initials = phrases.filter((phrase) => phrase.length >= 3).map((phrase) => phrase.map((word) => word.charAt(0)).join(''));
  return [...new Set([...phrases.flat(), ...initials])];
}

// A role with its holder's name in apposition, after the role's complement: "Minister of Education Stefania
// Giannini", "the president of the Lombardy region, Roberto Maroni", "The secretary general of CEI (…), Nunzio Galantino".
const NAME_AFTER_ROLE = /^(?:\s+[a-z]+)?(?:\s+(?:of|for|to|at)\s+(?:the\s+)?[^,.;:"“”]{1,60}?)?(?:\s*\([^)]*\))?,?\s+(?=\p{Lu}\p{Ll}+\.?\s+\p{Lu})/u;
// Or before it: "Claudio De Vincenti, undersecretary to the prime minister" names the undersecretary.
const NAME_BEFORE_ROLE = /\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*)*\s+\p{Lu}\p{Ll}+,\s*$/u;

/** Whether a role of one person stands beside a name that says who holds it. A group ("banks") never does. */
function besideAName(sentence: string, phrase: string): boolean {
  const at = sentence.indexOf(phrase);
  if (at < 0 || nlp(phrase).has('#Plural')) return false;
  return NAME_AFTER_ROLE.test(sentence.slice(at + phrase.length)) || NAME_BEFORE_ROLE.test(sentence.slice(0, at));
}

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function roleCues(sentence: string): RoleCues {
  const doc = nlp(sentence);
  return { namesSomeone: doc.match('(#Actor|#Person)').found, namesAPlace: doc.match('#Place').found };
}

let wink: ReturnType<typeof winkNLP> | undefined;

/** Times, durations and amounts that wink-nlp recognises in `sentence`. */
export function expressionsIn(sentence: string): Expression[] {
  wink ??= winkNLP(model);
  const detail = wink.readDoc(sentence).entities().out(wink.its.detail) as unknown as Array<{ value: string; type: string }>;
  const types: Record<string, Expression['type']> = {
    DATE: 'time',
    TIME: 'time',
    DURATION: 'duration',
    MONEY: 'amount',
    PERCENT: 'amount',
    CARDINAL: 'amount',
    ORDINAL: 'ordinal',
  };
  return detail.flatMap(({ value, type }) => {
    const kind = types[type];
    return kind === undefined ? [] : [{ text: value, type: kind }];
  });
}

/** Names compromise's own topic finders return (people, places, organisations): the measurement's first contender. */
export function compromiseTopics(text: string): string[] {
  const doc = nlp(text);
  return [...doc.people().out('array'), ...doc.places().out('array'), ...doc.organizations().out('array')] as string[];
}

/** Runs of wink-nlp's PROPN tokens: the measurement's second contender (wink has no person or place types). */
export function winkProperNouns(text: string): string[] {
  wink ??= winkNLP(model);
  const its = wink.its;
  const runs: string[] = [];
  let run: string[] = [];
  wink
    .readDoc(text)
    .tokens()
    .each((token: { out(as?: typeof its.pos): string }) => {
      if (token.out(its.pos) === 'PROPN') run.push(token.out());
      else if (run.length > 0) {
        runs.push(run.join(' '));
        run = [];
      }
    });
  if (run.length > 0) runs.push(run.join(' '));
  return runs;
}
