/**
 * One draft fact per sentence: its citation, its answer (the sentence, with a
 * trailing attribution trimmed where the words stay whole), the kinds of
 * question it answers, generated questions, keywords, entities, speakers and
 * figures. Every sentence gets a fact, so every sentence can be cited.
 */
import type { Fact, FactReport } from '../knowledge/schemas.js';
import type { Sentence } from '../knowledge/segment-sentences.js';
import { statesATime } from '../language/en/index.js';
import { tokenize } from '../pipeline/text-tokens.js';
import type { AnswerType } from '../pipeline/types.js';
import { verbOfSayingAt } from '../pipeline/verbs-of-saying.js';
import type { DraftedEntities, DraftEntity } from './draft-entities.js';
import { clauseOf, expressionsIn, nounPhrases, roleCues, unnamedMentions, type RoleCues } from './extract-entities.js';
import { generateQuestions } from './generate-questions.js';
import { readFigures } from './read-figures.js';

/** A fact before it is given an intent. */
export type DraftFact = Omit<Fact, 'intent'>;

// Readers ask "why" of almost anything a sentence explains: a cause, a purpose, a circumstance, a charge.
const REASON = /\b(because|since|due to|as a result|in order to|so that|reason|therefore|thus|after|amid|over|driven|blamed?|accus\w*|complain\w*|concern\w*|fear\w*|worr\w*|in response|in retaliation|to (?!the\b|a\b|an\b)\w+)\b|, so\b/i;
const EFFECT = /\b(will|would|could|might)\b/i;
// What a sentence reports besides a plain fact (see `Fact.reports`): a forecast, a consequence, a view, advice.
const FORECAST = /\b(will|shall|going to|expect\w*|forecast\w*|predict\w*|plan(s|ned)? to|promis\w*|intend\w*|aim\w* to|confiden\w*|next (year|month|week)|in the future|have to|has to)\b/i;
const CONSEQUENCE = /\b(would|could|might|if|unless|risk\w*|threat\w*|lead to|led to|result\w* in|cause\w*|hamper\w*|hurt\w*|damag\w*|harm\w*|reduce\w*|rais\w* prices|warn\w*|consequence\w*|impact\w*|effect\w*)\b/i;
const VIEW = /\b(think\w*|thought|believ\w*|consider\w*|view\w*|opinion|argu\w*|claim\w*|insist\w*|accus\w*|criticis\w*|criticiz\w*|complain\w*|suggest\w*|warn\w*|welcom\w*|call\w*|describ\w*|defend\w*|confiden\w*|fear\w*|concern\w*|hope\w*|deni\w*|deny\w*|reject\w*|historic|unfair|unjust|wrong|right)\b/i;
const REPORTED_SPEECH = /\b(said|says|told|added|announced|stated|expected)\b.*\bwould\b/i;
const ADVICE = /\b(should|ought to|must|need\w* to|urg\w*|recommend\w*|advis\w*|encourag\w*|call\w* (on|for|upon)|ask\w* \w+ to|invit\w* \w+ to|appeal\w* to)\b/i;
// Where something was said or done when no place is named: "Mr Guo said at a news conference".
const VENUE = /\b(at|in|during) (a|an|the|his|her|their|its) ([a-z-]+ )?(conference|meeting|summit|hearing|interview|briefing|event|rally|ceremony|forum|session|speech|statement)\b/i;
// Whoever leads a body is its head to readers ("Who heads the education ministry?"); a deputy is not.
const HEAD_OF_BODY = /\b(?<!(deputy|vice|under)[ -]?)(president|chairman|chairwoman|chairperson|chief executive|director general|director|minister|secretary general|general secretary|mayor|governor|premier|chancellor)\b/i;
const HEAD_WORDS = ['head', 'leader'];
/** Words that introduce a quotation's speaker after the quote: `…," said Mrs Doe.` */
const TRAILING_ATTRIBUTION = /^(.*?[.!?]?["”’]?),?\s+(?:he|she|they|it|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:said|says|added|told [a-z ]+|explained|noted)\.?$/;

export function draftFacts(sentences: readonly Sentence[], drafted: DraftedEntities, stopwords: ReadonlySet<string>): DraftFact[] {
  const byId = new Map(drafted.entities.map((entity) => [entity.id, entity]));
  let previousSpeakers: string[] = [];
  let quoteOpen = false;
  let lastPerson: DraftEntity | undefined;
  let previous: { readonly paragraph: number; readonly text: string; readonly named: readonly DraftEntity[] } | undefined;
  const datelines: Sentence[] = [];
  const facts = sentences.flatMap((sentence, index): DraftFact[] => {
    const named = (drafted.bySentence.get(sentence.id) ?? []).flatMap((id) => byId.get(id) ?? []);
    // A sentence inside a quotation opened before it, or opening one after its attribution, continues the words of whoever spoke before it.
    const continuesQuote = quoteOpen || /^["“]/.test(sentence.text);
    const paragraphBefore = sentences.slice(0, index).filter((before) => before.paragraph === sentence.paragraph);
    const namedIn = (before: Sentence) => (drafted.bySentence.get(before.id) ?? []).flatMap((id) => byId.get(id) ?? []);
    const nearby = paragraphBefore.slice(-2).flatMap(namedIn);
    // A quotation runs on across paragraphs: its "They…" are still what the speaker was talking about.
    const before = previous === undefined ? undefined : { ...previous, sameParagraph: previous.paragraph === sentence.paragraph || continuesQuote };
    const carried = before === undefined ? [] : carriedOver(sentence.text, before);
    const continued = before === undefined || carried.length > 0 ? [] : continuedTopic(sentence.text, { ...before, named: nearby }, named);
    const countries = [...named, ...carried].flatMap((entity) => drafted.speaksFor.get(entity.id) ?? []).flatMap((id) => byId.get(id) ?? []);
    const unnamed = unnamedMentions(sentence.text);
    const holder = named.some((entity) => entity.kind === 'person') ? undefined : roleHolder(sentences, index, drafted.entities);
    const unnamedOnceHeld = holder === undefined ? unnamed : unnamedMentions(sentence.text, true);
    // Only a sentence naming a role has a holder to introduce.
    const held = unnamedOnceHeld.length < unnamed.length ? holder : undefined;
    const byCategory = namedByCategory(sentence.text, paragraphBefore.flatMap(namedIn));
    const byReference = namedByReference(sentence.text, sentences.slice(0, index).map((before) => ({ text: before.text, named: namedIn(before) })));
    const entities = [...new Set([...named, ...carried, ...countries, ...byCategory, ...(held === undefined ? [] : [held]), ...referredTo(sentence.text, named, lastPerson)])];
    // What a definite noun stands for is what the sentence is about, but not who acts in it: "Who…?" is not answered by "The new law is not retroactive".
    const about = [...new Set([...entities, ...continued, ...byReference])];
    previous = { paragraph: sentence.paragraph, text: sentence.text, named: named.length > 0 ? named : carried };
    lastPerson = [...named].reverse().find((entity) => entity.kind === 'person') ?? lastPerson;
    const expressions = expressionsIn(sentence.text);
    const numbers = readFigures(sentence, entities.map((entity) => entity.name), expressions);
    const clause = clauseOf(sentence.text);
    // Inside a quotation only its attribution after the closing quote ("…,” said Mrs Doe.) names a new speaker.
    const attribution = continuesQuote ? afterClosingQuote(sentence.text, quoteOpen) : sentence.text;
    const referring = REFERRING_OPENING.exec(sentence.text)?.[2]?.toLowerCase();
    const speakersNamed = attribution === '' ? undefined : speakersIn(attribution, entities, referring === undefined ? [] : carried, referring);
    const speakers = withCountries(speakersNamed ?? (continuesQuote ? previousSpeakers : []), drafted.speaksFor);
    quoteOpen = leavesQuoteOpen(sentence.text, quoteOpen);
    // A speaker's words that the next sentence's quotation carries on are explained there: "Why does he
    // welcome it?" is answered by the next sentence, which the fact cites for it.
    const next = sentences[index + 1];
    const explainedBy = speakers.length > 0 && next !== undefined && /^["“]/.test(next.text) && !quoteOpen ? next : undefined;
    // "The request of the municipalities results from the sentence…": the next sentence says why this one happened.
    const causedBy = next !== undefined && SAYS_WHAT_CAUSED_IT.test(next.text) ? next : undefined;
    previousSpeakers = speakers;
    const allEntities = [...new Set([...about.map((entity) => entity.id), ...speakers])];
    const kinds = answerKinds(sentence.text, entities, numbers.length > 0, expressions.map((e) => e.type), roleCues(sentence.text), actsIn(clause.subject, entities) || speakingVerbAt(tokenize(sentence.text)) > 0);
    // "Which town…?" of "The first case is of the mayor…", said right after the town was named: the town it goes on about.
    const answers = about.some((entity) => entity.category === 'city') && !kinds.includes('city') ? [...kinds, 'city' as const] : kinds;
    const phrases = nounPhrases(sentence.text);
    // A dateline states when the story was published: it answers "When?" about the headline.
    if (clause.verb === undefined && expressions.some((e) => e.type === 'time') && entities.length === 0 && sentence.id !== sentences[0]?.id) {
      datelines.push(sentence);
      return [];
    }
    const questions = generateQuestions({
      clause,
      nounPhrases: phrases,
      entityNames: entities.map((entity) => entity.name),
      speakerNames: speakers.flatMap((id) => byId.get(id)?.name ?? []),
      figures: numbers.map((number) => ({ unit: number.unit, money: number.currency !== undefined, percent: number.percent === true })),
      answers,
    });
    const reason = (explainedBy !== undefined && !answers.includes('reason') ? explainedBy : undefined) ?? causedBy;
    return [{
      id: factId(sentence, stopwords),
      citations: [sentence.id],
      answer: withoutAttribution(sentence.text, speakers.length > 0),
      answers,
      questions,
      keywords: [...keywordsOf(sentence.text, phrases, stopwords), ...(HEAD_OF_BODY.test(sentence.text) ? HEAD_WORDS : [])],
      entities: allEntities,
      speakers,
      reports: reportsOf(sentence.text, speakers.length > 0),
      unnamed: [...new Set([...(held === undefined ? unnamed : unnamedOnceHeld), ...referringNouns(sentence.text, about)])],
      numbers,
      ...(reason !== undefined && { aspects: { reason: { answer: reason.text, citations: [reason.id] } } }),
    }];
  });
  const [first, ...rest] = facts;
  if (first === undefined) return facts;
  // Readers ask for the headline by that name ("What's the headline?"), which the headline never says.
  const headline = { ...first, questions: [...first.questions, HEADLINE_QUESTION], keywords: [...first.keywords, ...HEADLINE_WORDS] };
  const dateline = datelines[0];
  if (dateline === undefined) return [headline, ...rest];
  const time = { answer: dateline.text, citations: [dateline.id] };
  return [{ ...headline, citations: [...headline.citations, ...datelines.map((d) => d.id)], aspects: { ...headline.aspects, time } }, ...rest];
}

const HEADLINE_QUESTION = 'What is the headline?';
const HEADLINE_WORDS = ['headline', 'title'];

/** What follows the quotation that `text` opens or continues: its attribution, or '' when the quote runs on. */
export function afterClosingQuote(text: string, open: boolean): string {
  let inside = open;
  let end = -1;
  for (const [i, char] of [...text].entries()) {
    if (char === '“' || (char === '"' && !inside)) inside = true;
    else if (char === '”' || char === '"') {
      inside = false;
      end = i;
    }
  }
  return inside || end < 0 ? '' : [...text].slice(end + 1).join('').trim();
}

/** Whether a quotation is still open after `text`: curly quotes open and close, straight ones toggle. */
function leavesQuoteOpen(text: string, open: boolean): boolean {
  let inside = open;
  for (const char of text) {
    if (char === '“') inside = true;
    else if (char === '”') inside = false;
    else if (char === '"') inside = !inside;
  }
  return inside;
}

/**
 * The person a sentence that names nobody refers to by pronoun ("He said…"): the last person named
 * before it, when the pronoun is theirs.
 */
function referredTo(text: string, named: readonly DraftEntity[], lastPerson: DraftEntity | undefined): DraftEntity[] {
  if (lastPerson === undefined || named.some((entity) => entity.kind === 'person')) return [];
  const words = tokenize(text);
  const pronouns = lastPerson.pronoun === 'she' ? ['she', 'her'] : lastPerson.pronoun === 'he' ? ['he', 'his', 'him'] : [];
  return words.some((word) => pronouns.includes(word)) ? [lastPerson] : [];
}

/**
 * A sentence that opens by referring back ("The request…", "That…") and goes on to say what caused it:
 * "results from", "is due to", "was driven by".
 */
const SAYS_WHAT_CAUSED_IT =
  /^(?:the \w+(?: of [^,.;]{1,60}?)?|this|that|it|these|those)\s+(?:results? from|resulted from|stems? from|stemmed from|(?:is|was|were|are) (?:due to|the result of|a result of|(?:driven|caused|prompted|triggered) by)|follows|followed|came after|comes after)\b/i;

// A sentence opening with a pronoun or "the <noun>" usually continues with what the sentence before it named.
const REFERRING_OPENING = /^["“‘]?(?:(?:also|then|but|and|however),?\s+)?(it|its|they|their|this|these|that|those|the\s+([a-z]+))\b/i;

/** The sentence before, as far as the next one may refer to it. */
export interface SentenceBefore {
  readonly text: string;
  readonly named: readonly DraftEntity[];
  readonly sameParagraph: boolean;
}

/**
 * The entities of the sentence before that this one refers to without naming them: all of them after "It…"
 * or "They…" in the same paragraph, and the one a "The city…" or "The report…" names by its category, a
 * word of its name or the word it qualified ("a British Government report"), which stays clear across a
 * paragraph break. A government is its place's: "The city…" is the Municipality of Livorno.
 */
export function carriedOver(text: string, before: SentenceBefore): DraftEntity[] {
  const opening = REFERRING_OPENING.exec(text);
  if (opening === null) return [];
  const noun = opening[2]?.toLowerCase();
  if (noun === undefined) return before.sameParagraph ? things(before.named) : [];
  const words = tokenize(before.text);
  return before.named.filter(
    (entity) =>
      entity.category === noun ||
      (entity.category === 'government' && PLACE_WORDS.has(noun)) ||
      tokenize(entity.name).includes(noun) ||
      entity.readAs.some((alias) => phraseAt(words, `${alias} ${noun}`) >= 0),
  );
}

/**
 * What a sentence opening with a definite noun that names nothing ("The new law is not retroactive", "The
 * first case is…") goes on about: the things, not the people, the paragraph just named (`before.named`:
 * the two sentences before). Nothing across a paragraph break, nor when the opening names its own entity
 * ("The secularist magazine MicroMega…").
 */
export function continuedTopic(text: string, before: SentenceBefore, namedHere: readonly DraftEntity[]): DraftEntity[] {
  const noun = REFERRING_OPENING.exec(text)?.[2];
  if (noun === undefined || !before.sameParagraph || namesInOpening(text, namedHere)) return [];
  return things(before.named);
}

function things(entities: readonly DraftEntity[]): DraftEntity[] {
  return [...new Set(entities.filter((entity) => entity.kind !== 'person'))];
}

/** Whether the words right after an opening "The" name an entity of the sentence: "The secularist magazine MicroMega…". */
function namesInOpening(text: string, named: readonly DraftEntity[]): boolean {
  const opening = tokenize(text).slice(0, OPENING_WORDS);
  return named.some((entity) => entity.readAs.some((alias) => phraseAt(opening, alias) >= 0));
}

const OPENING_WORDS = 5;

/**
 * The entities a definite noun refers back to anywhere in a sentence ("Galantino has called the sentence
 * dangerous"): the one the latest earlier sentence saying that noun tied it to, as "the sentence of the
 * Supreme Court" or "the court's sentence". Only that latest mention counts: it is what "the" points at.
 */
export function namedByReference(text: string, earlier: ReadonlyArray<{ readonly text: string; readonly named: readonly DraftEntity[] }>): DraftEntity[] {
  // Not a name ("the Municipality of Bogliasco") nor a noun the sentence itself ties to something ("the request of Leeds").
  const nouns = [...new Set([...text.matchAll(/\b[Tt]he ([a-z]+)\b(?! of\b)/g)].flatMap((match) => match[1] ?? []))];
  return [
    ...new Set(
      nouns.flatMap((noun) => {
        const latest = [...earlier].reverse().find((before) => tokenize(before.text).includes(noun));
        if (latest === undefined) return [];
        const words = tokenize(latest.text);
        return latest.named.filter((entity) =>
          entity.readAs.some((alias) => [`${noun} of ${alias}`, `${noun} of the ${alias}`, `${alias} ${noun}`].some((phrase) => phraseAt(words, phrase) >= 0)),
        );
      }),
    ),
  ];
}

/**
 * The words by which a sentence refers to entities it does not name: "The case on which the Court has
 * ruled…" says which court only to a reader of the sentences before, so it does not answer "Which court…?".
 */
function referringNouns(text: string, entities: readonly DraftEntity[]): string[] {
  const words = tokenize(text);
  const unnamedHere = entities.filter((entity) => !entity.aliases.some((alias) => phraseAt(words, alias) >= 0));
  const nouns = [...text.matchAll(/\bthe ([a-z]+)\b/gi)].map((match) => (match[1] ?? '').toLowerCase());
  return nouns.filter((noun) => unnamedHere.some((entity) => entity.category === noun || tokenize(entity.name).includes(noun)));
}

/**
 * The entities a sentence calls by their category ("…the local administrations of the region…"): the
 * last one of that category named earlier in the paragraph.
 */
export function namedByCategory(text: string, earlier: readonly DraftEntity[]): DraftEntity[] {
  const nouns = [...text.matchAll(/\bthe ([a-z]+)\b/gi)].map((match) => match[1]?.toLowerCase());
  return [...new Set(nouns.flatMap((noun) => [...earlier].reverse().find((entity) => entity.category !== undefined && entity.category === noun) ?? []))];
}

const PLACE_WORDS: ReadonlySet<string> = new Set(['country', 'city', 'town', 'region', 'state', 'municipality']);

// Verbs that report someone's view as surely as "said" does: "Mrs Doe blamed…", "He expressed confidence…", a court's ruling.
// The engine's verbs of saying ("claimed", "insisted", `verbOfSayingAt`) count too.
const VERBS_OF_JUDGING = new Set(
  ('blame blames blamed express expresses expressed welcome welcomes welcomed accuse accuses accused defend defends defended ' +
    'criticise criticises criticised criticize criticizes criticized urge urges urged ' +
    'deny denies denied promise promises promised reject rejects rejected ' +
    // Calling something by a judgement: "MicroMega describe the court's judgement as historic".
    'describe describes described ' +
    'hail hails hailed praise praises praised condemn condemns condemned ' +
    // A proposal is a view as a suggestion is: "Maroni has reacted by proposing some regional counter-measures".
    'propose proposes proposed proposing ' +
    // A court speaks by its rulings: "the sentence of the Supreme Court …, recognising as legitimate the request".
    'rule rules ruled recognise recognises recognised recognising recognize recognizes recognized recognizing declare declares declared').split(' '),
);

/** The index of the first verb of saying or judging in `words`, or -1. */
function speakingVerbAt(words: readonly string[]): number {
  const said = verbOfSayingAt(words);
  const judged = words.findIndex((word) => VERBS_OF_JUDGING.has(word));
  return said < 0 ? judged : judged < 0 ? said : Math.min(said, judged);
}

// What a report or its authors found is their words too: "British researchers saw no sign", "the report showed".
const VERBS_OF_FINDING = new Set('saw see sees found show shows showed concluded concludes'.split(' '));

/**
 * Entities named before a verb of saying ("Mrs Doe said"), or right after one ("…, said Mrs Doe"), or
 * qualifying the subject of a later one ("…, but British researchers saw no sign"); an entity carried
 * over from the sentence before speaks by the word that referred to it ("The agency said"). Undefined
 * when none speaks.
 */
function speakersIn(text: string, entities: readonly DraftEntity[], carried: readonly DraftEntity[], referring: string | undefined): string[] | undefined {
  const words = tokenize(text);
  const sayAt = speakingVerbAt(words);
  const quoteAt = text.search(/["“](?=\p{L})/u);
  const laterVerbs = words.flatMap((word, i) => (i > sayAt && (VERBS_OF_FINDING.has(word) || speakingVerbAt([word]) === 0) ? [i] : []));
  if (sayAt < 0 && quoteAt < 0 && laterVerbs.length === 0) return undefined;
  const namesOf = (entity: DraftEntity) => [...entity.readAs, ...(entity.pronoun === undefined ? [] : [entity.pronoun]), ...(referring !== undefined && carried.includes(entity) ? [referring] : [])];
  const found = entities.filter((entity) =>
    namesOf(entity).some((alias) => {
      const at = phraseAt(words, alias);
      if (at < 0) return false;
      const end = at + tokenize(alias).length;
      if (laterVerbs.some((verb) => verb > end && verb - end <= 2)) return true;
      if (sayAt >= 0) return at < sayAt || at === sayAt + 1;
      return quoteAt >= 0 && text.toLowerCase().indexOf(alias) < quoteAt;
    }),
  );
  return found.length === 0 ? undefined : found.map((entity) => entity.id);
}

/** The speakers with the countries they speak for: the British Government's words are Britain's. */
function withCountries(speakers: readonly string[], speaksFor: ReadonlyMap<string, readonly string[]>): string[] {
  return [...new Set(speakers.flatMap((id) => [id, ...(speaksFor.get(id) ?? [])]))];
}

/**
 * The person a sentence names only by a role ("Huawei's deputy chairman has defended…") when the next
 * two sentences introduce one ("Guo Ping's comments came as…"): news names a role first and its holder
 * after. A role nobody is introduced for ("the chief financial officer was arrested") stays unnamed.
 */
function roleHolder(sentences: readonly Sentence[], index: number, entities: readonly DraftEntity[]): DraftEntity | undefined {
  const next = new Set(sentences.slice(index + 1, index + 3).map((sentence) => sentence.id));
  const introduced = entities.filter((entity) => entity.kind === 'person' && next.has(entity.sentences[0] ?? ''));
  return introduced.length === 1 ? introduced[0] : undefined;
}

/** Where the words of `phrase` start in `words`, or -1. */
function phraseAt(words: readonly string[], phrase: string): number {
  const phraseWords = tokenize(phrase);
  return words.findIndex((_, i) => phraseWords.every((word, j) => words[i + j] === word));
}

/**
 * Whether the clause's subject opens with a place: "Beijing has detained…" and "Australia and Japan have
 * imposed…" name who acted, a government by its place; "Sales in Beijing rose…" does not.
 */
function actsIn(subject: string, entities: readonly DraftEntity[]): boolean {
  const words = tokenize(subject.replace(/^the\s+/i, ''));
  return entities.some((entity) => entity.kind === 'country' && entity.readAs.some((alias) => phraseAt(words, alias) === 0));
}

/** `someoneActs`: a place opens the clause as its government, or someone speaks ("Carriers complain…"). */
function answerKinds(text: string, entities: readonly DraftEntity[], hasFigures: boolean, expressions: readonly string[], cues: RoleCues, someoneActs: boolean): AnswerType[] {
  const kinds = new Set<AnswerType>(['any']);
  if (entities.some((entity) => entity.kind !== 'country') || cues.namesSomeone || someoneActs) kinds.add('person');
  if (entities.some((entity) => entity.kind === 'country' || entity.category === 'government') || cues.namesAPlace || VENUE.test(text)) kinds.add('place');
  if (entities.some((entity) => entity.category === 'city')) kinds.add('city');
  if (entities.length > 0) kinds.add('name');
  if (hasFigures) kinds.add('quantity');
  if (expressions.includes('time') || statesATime(text)) kinds.add('time');
  if (expressions.includes('duration')) kinds.add('duration');
  if (REASON.test(text)) kinds.add('reason');
  if (EFFECT.test(text) || CONSEQUENCE.test(text)) kinds.add('effect');
  return [...kinds];
}

/**
 * What the sentence reports besides a plain fact, so that "Will…?", "What would…?", "Should…?" and "Could…?"
 * questions may cite it: a forecast (future or intention, or "said … would"), a consequence (a conditional, a risk, a warning),
 * someone's view (any words a speaker is reported to have said, or a verb of judging), advice (should, urge).
 */
export function reportsOf(text: string, hasSpeaker: boolean): FactReport[] {
  const reports: FactReport[] = [];
  // "She said the plant would create 200 jobs": reported speech puts the speaker's "will" as "would".
  if (FORECAST.test(text) || (/\bwould\b/i.test(text) && (hasSpeaker || REPORTED_SPEECH.test(text)))) reports.push('forecast');
  if (CONSEQUENCE.test(text)) reports.push('consequence');
  if (hasSpeaker || VIEW.test(text)) reports.push('view');
  if (ADVICE.test(text)) reports.push('advice');
  return reports;
}

/**
 * The sentence without a trailing `…, he said.` when what remains is a whole quotation;
 * otherwise the sentence itself, since trimming could cut the words that answer.
 */
function withoutAttribution(text: string, hasSpeaker: boolean): string {
  const match = hasSpeaker ? TRAILING_ATTRIBUTION.exec(text) : null;
  const quote = match?.[1]?.trim();
  if (quote === undefined || !/^["“].*["”]$/.test(quote.replace(/[,.]+(["”])$/, '$1'))) return text;
  return quote.replace(/,(["”])$/, '.$1');
}

/** The sentence's content words and noun phrases, most specific first. */
function keywordsOf(text: string, phrases: readonly string[], stopwords: ReadonlySet<string>): string[] {
  const words = tokenize(text).filter((word) => word.length > 2 && !stopwords.has(word));
  const multiWord = phrases.map((phrase) => phrase.toLowerCase().replace(/^(the|a|an)\s+/, '')).filter((phrase) => phrase.includes(' ') && phrase.length <= 40);
  const keywords = [...new Set([...multiWord, ...words])].slice(0, 20);
  return keywords.length > 0 ? [...new Set([...keywords, ...initialisms(text, stopwords)])] : [text.toLowerCase()];
}

/**
 * The initials of every three or four content words in a row: readers shorten "chief financial officer"
 * to "CFO" whether or not the article does. The few that abbreviate nothing are words no reader types.
 */
function initialisms(text: string, stopwords: ReadonlySet<string>): string[] {
  const runs: string[][] = [[]];
  for (const word of tokenize(text)) {
    if (/^[a-z]+$/.test(word) && !stopwords.has(word)) runs[runs.length - 1]?.push(word);
    else runs.push([]);
  }
  return runs.flatMap((run) =>
    [3, 4].flatMap((size) => Array.from({ length: Math.max(0, run.length - size + 1) }, (_, start) => run.slice(start, start + size).map((word) => word.charAt(0)).join(''))),
  );
}

/** `s4-sales-surpassed`: the sentence id, which makes it unique, and its first two content words, which make it readable. */
function factId(sentence: Sentence, stopwords: ReadonlySet<string>): string {
  const words = tokenize(sentence.text)
    .map((word) => word.normalize('NFKD').replace(/[^a-z0-9]/g, ''))
    .filter((word) => word.length > 2 && !stopwords.has(word))
    .slice(0, 2);
  return [sentence.id, ...words].join('-');
}
