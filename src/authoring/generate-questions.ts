/**
 * Questions a reader could ask that one sentence answers, from templates over
 * what the sentence contains: its subject, first verb and object, the
 * entities it names, whose words it reports, its figures and the kinds of
 * answer it gives. They train the intent classifier and are the fact's
 * paraphrases, so they favour the sentence's own content words over grammar.
 */
import type { AnswerType } from '../pipeline/types.js';
import type { Clause } from './extract-entities.js';

export interface QuestionMaterial {
  readonly clause: Clause;
  /** Noun phrases of the sentence, in order, without pronouns. */
  readonly nounPhrases: readonly string[];
  /** Names of the entities it mentions. */
  readonly entityNames: readonly string[];
  /** Names of the entities whose words it reports. */
  readonly speakerNames: readonly string[];
  /** What each figure measures, with its unit if counted ("signatures"). */
  readonly figures: ReadonlyArray<{ readonly unit: string | undefined; readonly money: boolean; readonly percent: boolean }>;
  readonly answers: readonly AnswerType[];
}

/** At least `minimum` distinct questions (when the sentence has anything to ask about), best first. */
export function generateQuestions(material: QuestionMaterial, minimum = 5): string[] {
  const { clause, nounPhrases, entityNames, speakerNames, figures, answers } = material;
  const actor = lastPhraseOf(clause.subject, nounPhrases) ?? entityNames[0];
  const object = firstPhraseIn(clause.predicate, nounPhrases);
  const topic = object ?? actor ?? nounPhrases[0] ?? entityNames[0];
  const verb = clause.verb;
  const did = (wh: string) => (actor !== undefined && verb !== undefined ? `${wh} did ${lower(actor)} ${verb}${object === undefined ? '' : ` ${lower(object)}`}?` : undefined);

  const questions: Array<string | undefined> = [];
  for (const speaker of speakerNames) questions.push(`What did ${speaker} say about ${lower(topic ?? 'it')}?`);
  if (answers.includes('person')) questions.push(clause.subject !== '' ? `Who ${shorten(lower(clause.predicate))}?` : did('Who'));
  for (const figure of figures.slice(0, 2)) {
    questions.push(figure.percent ? `By what percentage ${afterWh(actor, verb, object)}?` : figure.money ? did('How much') : `How many ${figure.unit ?? lower(object ?? 'are there')} ${afterWh(actor, verb, undefined)}?`);
  }
  if (answers.includes('time')) questions.push(did('When'));
  if (answers.includes('place')) questions.push(did('Where'));
  if (answers.includes('reason')) questions.push(did('Why'));
  if (answers.includes('effect')) questions.push(`What will happen to ${lower(object ?? topic ?? 'them')}?`);
  // Readers ask what befell a thing in those words, whatever verb the article uses ("evaporated", "rose").
  if (actor !== undefined && !entityNames.includes(actor) && !speakerNames.includes(actor)) questions.push(`What happened to ${lower(actor)}?`);
  questions.push(did('What'));
  if (topic !== undefined) questions.push(`What does the article say about ${lower(topic)}?`);
  for (const name of entityNames.slice(0, 2)) questions.push(`What does the article say about ${name}?`);
  for (const phrase of nounPhrases.filter((phrase) => phrase !== topic).slice(0, 3)) questions.push(`What about ${lower(phrase)}?`, `Tell me about ${lower(phrase)}.`);

  const distinct = [...new Set(questions.filter((question): question is string => question !== undefined).map(tidy))];
  return distinct.slice(0, Math.max(minimum, 6));
}

function afterWh(actor: string | undefined, verb: string | undefined, object: string | undefined): string {
  if (actor === undefined || verb === undefined) return `is given${object === undefined ? '' : ` for ${lower(object)}`}`;
  return `did ${lower(actor)} ${verb}${object === undefined ? '' : ` ${lower(object)}`}`;
}

/** The subject's last noun phrase: "several councils" in "In the past few days in Spain, several councils". */
function lastPhraseOf(subject: string, phrases: readonly string[]): string | undefined {
  return phrases.filter((phrase) => subject.includes(phrase)).pop();
}

function firstPhraseIn(predicate: string, phrases: readonly string[]): string | undefined {
  return phrases.find((phrase) => predicate.includes(phrase));
}

/** Lower-cases a leading word unless it is a name (any capital after its first letter, or a known name). */
function lower(phrase: string): string {
  return /^(The|A|An|This|These|Those|Some|Several|Many)\b/.test(phrase) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
}

/** At most twelve words of a predicate, without its closing punctuation. */
function shorten(predicate: string): string {
  return predicate.split(/\s+/).slice(0, 12).join(' ');
}

function tidy(question: string): string {
  const text = question
    .replace(/["“”]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*[.,;:!]+(?=[?.]$)/, '')
    .trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
