/**
 * Where a question asks for someone's words or views: "What did Guo say…",
 * "Does the NCSC think…". The entities named before the verb are whose words
 * are asked for (see `NormalizedQuestion.speakers`).
 */

// Not "respond" or "react": Beijing responded to the arrest with deeds. Not "accused" either: "What
// is the CFO accused of?" names her before it, but not as the accuser. Finding is the words of a report
// ("What did the NCSC find?").
const VERBS_OF_SAYING = new Set(
  ('say says said saying tell tells told speak speaks spoke think thinks thought believe believes believed ' +
    'comment comments commented suggest suggests suggested mention mentions mentioned ' +
    'complain complains complained reckon reckons feel feels felt warn warns warned find finds ' +
    'predict predicts predicted claim claims claimed argue argues argued insist insists insisted').split(' '),
);

const FORMS_OF_BE = new Set('is are was were be been being'.split(' '));
const IRREGULAR_PARTICIPLES = new Set('said thought told spoken felt found'.split(' '));

function isParticiple(word: string): boolean {
  return word.endsWith('ed') || IRREGULAR_PARTICIPLES.has(word);
}

/**
 * The index of the first verb of saying in `words`, or -1. "Tell me" and "tell us" ask the bot and
 * report nobody's words; neither does a passive ("Which administration is said to be exaggerating?",
 * "How is China thought to be…?" name the administration and China, not who said so).
 */
export function verbOfSayingAt(words: readonly string[]): number {
  return words.findIndex((word, i) => {
    if (!VERBS_OF_SAYING.has(word)) return false;
    if (word.startsWith('tell') && (words[i + 1] === 'me' || words[i + 1] === 'us')) return false;
    // "Is China thought to be…?" puts the subject between: a form of "be" shortly before a participle.
    const passive = isParticiple(word) && words.slice(Math.max(0, i - 3), i).some((before) => FORMS_OF_BE.has(before));
    return !passive;
  });
}
