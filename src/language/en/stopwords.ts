/**
 * Words that carry no topic: function words, and the frame words questions are
 * built from ("what", "compared"). They stay in a question's words (the intent
 * classifier reads "who are you" from nothing else) but never count as what a
 * question is about.
 *
 * A deliberate, short list: every function word here is in the maintained
 * `stopwords-iso` English list (a test checks it), but that list (1,298 words)
 * also holds content words a question can be about ("information", "effect",
 * "billion"), so it is not used whole.
 */
export const FUNCTION_WORDS: readonly string[] = [
  ...'a an the and or but of to in on at by for from with as into over than that this these those there here'.split(' '),
  ...'is are was were be been being am do does did done has have had having'.split(' '),
  ...'can could will would shall should may might must'.split(' '),
  ...'i you we my your our me us it its he she they them him her his their'.split(' '),
  ...'mine yours ours theirs hers myself yourself itself himself herself ourselves themselves yourselves'.split(' '),
  ...'what which who whom whose when where why how so if then not no any some all just also very too'.split(' '),
  ...'about up out ok okay yes please now again one other off onto upon within without via per'.split(' '),
  ...'whether else ever even still yet already such own against before after since during until like whats vs versus'.split(' '),
];

/** Words that frame a question without saying what it is about, which `stopwords-iso` does not list. */
export const QUESTION_FRAME_WORDS: readonly string[] = ['hey', 'compare', 'compared', 'comparison'];

export const STOPWORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...QUESTION_FRAME_WORDS]);
