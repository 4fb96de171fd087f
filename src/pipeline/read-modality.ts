/**
 * Reads what a question asks of the article besides its topic: a fact
 * ("Did sales rise?"), a forecast ("Will the curbs be lifted?"), what would
 * happen if ("What would a ban do?"), advice ("Is it a good investment?") or
 * the bot's own opinion ("Do you trust them?"). An article states facts; it
 * answers the other kinds only where it reports someone's forecast, view or
 * advice, so the decide stage lets only a fact that `reports` that kind answer
 * them (see `Fact.reports`).
 */
import type { FactReport } from '../knowledge/schemas.js';
import { CONTRACTIONS } from '../language/en/index.js';
import { verbOfSayingAt } from './verbs-of-saying.js';

export type Modality = 'statement' | 'prediction' | 'hypothetical' | 'possibility' | 'advice' | 'opinion';

/**
 * The kinds of report that answer each modality; a statement needs none. "Could X be overstating the
 * risk?" asks whether anyone says it might be: a reported view or consequence answers it. The bot's own
 * opinion is reported nowhere, so nothing answers "Do you trust them?".
 */
export const REPORTS_FOR: Readonly<Record<Exclude<Modality, 'statement'>, readonly FactReport[]>> = Object.freeze({
  prediction: ['forecast'],
  hypothetical: ['consequence'],
  possibility: ['view', 'consequence', 'forecast'],
  advice: ['advice'],
  opinion: [],
});

/** What a fact must report to answer the modality, in words: "forecast", "view or consequence". */
export function wantedReports(modality: Modality): string {
  return modality === 'statement' ? 'fact' : REPORTS_FOR[modality].join(' or ');
}

/** Whether a fact that `reports` these may answer a question of this modality. */
export function reportsWhatIsAsked(modality: Modality, reports: readonly FactReport[]): boolean {
  return modality === 'statement' || REPORTS_FOR[modality].some((report) => reports.includes(report));
}

// Checked in order: the bot's opinion and advice are what a question asks even when it is put in the future.
const PATTERNS: ReadonlyArray<[Exclude<Modality, 'statement'>, RegExp]> = [
  [
    'opinion',
    /\b((do|would|did|can|could) you (personally )?(think|believe|trust|reckon|feel|like|prefer|agree|consider|expect|rate)|what do you make of|(what is|what are|whats) your (opinion|view|views|take|thoughts|guess|prediction)|in your (opinion|view)|your (personal )?(opinion|view) (on|of|about)|your (own )?(favourite|favorite|preferred|pick)|are you (worried|concerned|afraid|scared))\b/,
  ],
  // A judgement put to the bot: "Is A better than B?", "Which phone is the best?", "Is it fair to…?".
  [
    'opinion',
    /\b((is|are|was|were) (\w+ ){1,3}(better|worse) than|(which|what) (\w+ ){0,3}(is|are) (the )?(best|worst|better|worse)|(which|what) is (better|worse)|is it (fair|unfair|right|wrong) to)\b/,
  ],
  [
    'advice',
    /\b(should (i|we|one|people|anyone|consumers|customers|investors|you)|^should\b|ought (i|we|one) to|is it (safe|wise|smart|sensible|worth|a good idea|a bad idea)|(good|bad|safe|smart|wise|sound) (investment|buy|bet|choice|purchase|idea)|worth (buying|investing|it)|(would|do|can) you (recommend|advise|suggest)|recommend (buying|investing|using)|can (i|we) trust|(your|any) advice|how (do|can|could|should) (i|we))\b/,
  ],
  [
    'prediction',
    // "Did they pay in the end?" asks how the story ends, after the article: only a forecast speaks of that.
    /(^(will|shall)\b|\b(will|shall|going to|gonna)\b|\b(likely|unlikely|chances?|odds|predict|prediction|forecast|in the future|from now|in the end|eventually|ultimately)\b)/,
  ],
  ['hypothetical', /(\bwhat if\b|\bif\b.*\b(were|was|had|did|does|do|is|are)\b|\bwould\b)/],
  // "may" only where it is a verb: "in May" is a month.
  ['possibility', /\b(could|might)\b|^may\b|\bmay (be|have|not|well|soon)\b/],
];

/**
 * The modality of a question, from the words as typed (a spelling correction must not make "mak" the
 * modal "may"). A question about what someone says or thinks ("Does the chief executive think sales will rise?") asks
 * a fact: whether the article reports that view. `asksSomeone`: the question names whose words it asks for.
 */
export function readModality(typed: string, asksSomeone: boolean): Modality {
  const plain = CONTRACTIONS.reduce((text, [pattern, written]) => text.replace(pattern, written), typed.toLowerCase())
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(POLITE_REQUEST, ' ')
    .replace(WHY_WOULD, 'why ');
  // "Who said a table would be opened?" asks whose words those were, as a named speaker does.
  const reported = asksSomeone || reportsAModal(plain.split(/\s+/));
  for (const [modality, pattern] of PATTERNS) {
    if (!pattern.test(plain)) continue;
    if (reported && REPORTED.has(modality)) return 'statement';
    return modality;
  }
  return 'statement';
}

// What a question asks someone to have said ("Does the chief executive think sales will rise?") rather than the bot.
const REPORTED: ReadonlySet<Modality> = new Set(['prediction', 'hypothetical', 'possibility']);
const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'could', 'might', 'may', 'going']);

/** Whether the modal verb stands in what someone said: a verb of saying comes before it ("…said … would…"). */
function reportsAModal(words: readonly string[]): boolean {
  const sayAt = verbOfSayingAt(words);
  return sayAt >= 0 && words.slice(sayAt + 1).some((word) => MODALS.has(word));
}

// "Could you tell me…", "would you explain…": a polite request, not a conditional.
const POLITE_REQUEST = /\b(could|would|can|will) you (please )?(tell|explain|say|give|show|summari[sz]e|describe|list|let)\b/g;
// "Why would it do that?" asks the reason for what was done.
const WHY_WOULD = /\bwhy (would|might|could)\b/g;
