/**
 * General English synonyms: each variant is read as its canonical word. Both
 * the questions and the knowledge files are read through this table, so the
 * canonical word chosen does not matter to matching; it is the word a news
 * article most often uses. An article's own synonyms (its products, its
 * people's titles, what it counts as the same event) live in its lexicon and
 * are matched before these.
 */
const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const CARDINALS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ORDINAL_SUFFIXES = ['nd', 'rd', 'th', 'th', 'th', 'th', 'th', 'th', 'th'];

/** A rank said either way: "number two", "No. 2" and "2nd" are "second" ("number one" is "biggest", below). */
const RANKS = ORDINALS.map((ordinal, i) => {
  const digits = String(i + 2);
  return [ordinal, [`number ${CARDINALS[i] ?? ''}`, `number ${digits}`, `no ${digits}`, `no. ${digits}`, `${digits}${ORDINAL_SUFFIXES[i] ?? ''}`]] as const;
});

/** Clipped words of everyday and news English ("next-gen", "govt"), read as the word in full. */
const CLIPPINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['generation', ['gen']],
  ['government', ['govt', 'gov']],
  ['technology', ['tech']],
  ['administration', ['admin']],
  ['business', ['biz']],
  ['executive', ['exec', 'execs']],
  ['advertisement', ['ad', 'ads', 'advert']],
  ['laboratory', ['lab', 'labs']],
  ['statistics', ['stats']],
  ['economy', ['econ']],
  ['department', ['dept']],
  ['international', ['intl']],
  ['approximately', ['approx']],
];

export const GENERAL_SYNONYMS: ReadonlyArray<readonly [canonical: string, variants: readonly string[]]> = [
  ...RANKS,
  ...CLIPPINGS,
  ['arrested', ['arrest', 'detention of', 'apprehended', 'nabbed', 'taken into custody', 'held in custody', 'jailed']],
  ['regulators', ['regulator', 'watchdogs', 'watchdog', 'regulatory']],
  ['founder', ['founders', 'co-founder', 'cofounder']],
  ['invest', ['investing', 'spend', 'spending', 'put in', 'pour', 'inject']],
  ['promised', ['pledged', 'pledge', 'committed to', 'vowed', 'promise']],
  ['phone', ['telephone']],
  ['percent', ['per cent', 'pc', 'percentage']],
  ['december', ['dec']],
  ['unchanged', ['flat', 'stagnant', 'stagnated', 'static', 'steady', 'stalled']],
  ['examine', ['inspect', 'scrutinise', 'scrutinize', 'vet', 'audit']],
  ['exaggerating', ['exaggerate', 'exaggerated', 'overstating', 'overstate', 'overblown', 'hyping']],
  ['role', ['job', 'position', 'post', 'title at', 'job title']],
  ['headline', ['title', 'heading', 'headlines']],
  ['global', ['world', 'worldwide', 'international', 'globally', 'world\'s', 'worlds']],
  ['comments', ['remarks', 'statements', 'statement', 'remark']],
  ['leader', ['leadership', 'leading player', 'frontrunner', 'pioneer', 'at the forefront']],
  ['concerns', ['worries', 'fears', 'doubts', 'anxieties', 'worry', 'fear', 'worried', 'concerned', 'worrying']],
  ['customers', ['clients', 'buyers', 'client', 'customer', 'clientele']],
  ['confidence', ['optimistic', 'hopeful', 'upbeat', 'bullish', 'confident', 'optimism']],
  ['seller', ['vendor', 'supplier', 'provider', 'sellers', 'suppliers', 'vendors']],
  ['biggest', ['largest', 'top', 'leading', 'number one', 'no 1', 'no. 1', 'number 1', 'leads']],
  ['blocked', ['stopped', 'halted', 'stop', 'halt', 'suspended', 'barred']],
  ['happened to', ['became of', 'become of', 'becomes of']],
  // "Show me the profit" frames the question as "tell me" does; "the report showed" is what it found.
  ['tell me', ['show me', 'show us']],
  // "Which country does it come from?" asks where it is from: the coming is no topic.
  ['from', ['come from', 'comes from', 'came from', 'coming from', 'hail from', 'hails from', 'originate from', 'originates from', 'originally from']],
  ['mean', ['stand for', 'stands for', 'meaning', 'means', 'short for', 'abbreviation', 'acronym']],
  ['attitude', ['approach', 'stance', 'view', 'position on', 'policy']],
  ['prices', ['costs', 'price', 'pricing']],
  ['exclude', ['shut out', 'shutting out', 'keep out', 'kick out', 'excluding', 'exclusion', 'shun']],
  ['raise', ['push up', 'drive up', 'increase prices', 'hike']],
  ['reporters', ['journalists', 'press', 'media', 'the press']],
  // British "-dgement" and American "-dgment" stem apart: "the court's judgement" is a reader's "judgment".
  ['judgment', ['judgement', 'judgements', 'judgments']],
  ['acknowledgment', ['acknowledgement', 'acknowledgements', 'acknowledgments']],
  ['accused', ['accuse', 'accusing', 'allege', 'alleged', 'claims', 'claim', 'allegations', 'allegation', 'accusation', 'charged with', 'blamed for']],
  ['criticism', ['criticise', 'criticize', 'criticised', 'criticized', 'criticising', 'criticizing', 'critical of', 'slammed', 'attacked', 'critique', 'criticisms', 'complaint about', 'rebuke']],
  ['respond', ['answer', 'answered', 'reply', 'replied', 'react', 'reacted', 'reaction', 'response', 'responded']],
  ['sign', ['evidence', 'proof', 'indication', 'signs', 'trace', 'hint']],
  ['work with', ['cooperate with', 'co-operate with', 'collaborate with', 'partner with', 'engage with']],
  ['repair', ['fix', 'fixed', 'fixing', 'patch', 'patched', 'remedy']],
  ['record', ['track record']],
  ['defended', ['stood by', 'standing by', 'stand by', 'defend', 'defending', 'justified', 'spoke up for', 'speak up for']],
  ['threat', ['risk', 'danger', 'menace']],
  ['detained', ['imprisoned', 'locked up']],
  ['summary', ['in a nutshell', 'briefly', 'in short', 'tldr', 'tl dr', 'gist', 'main points', 'key points']],
  ['resisted', ['refused', 'rejected', 'pushed back', 'declined', 'defied', 'resist', 'resisting', 'refuse', 'reject', 'stood up to', 'refusing', 'refuses', 'rejecting', 'rejects', 'resists', 'defying']],
  ['countries', ['nations']],
  ['surpassed', ['surpass', 'surpasses', 'exceed', 'exceeds', 'exceeded', 'exceeding', 'cross', 'crosses', 'crossed', 'crossing']],
  ['agency', ['body', 'bodies', 'watchdog', 'watchdogs']],
  ['intended', ['meant', 'designed', 'supposed']],
  ['evaporated', ['evaporate', 'collapse', 'collapsed', 'collapsing', 'vanish', 'vanished', 'disappear', 'disappeared', 'dried up', 'dry up', 'shrank', 'shrunk']],
  ['targets', ['goals', 'objectives', 'aims']],
  ['owner', ['owned', 'owns', 'owners', 'ownership']],
  ['inventor', ['invented', 'invent', 'invents', 'invention', 'inventors']],
  ['wealth', ['net worth', 'fortune']],
  ['rank', ['stand', 'stands', 'standing']],
  ['behind', ['trail', 'trails', 'trailing', 'trailed']],
  ['centre', ['center']],
  ['lawsuit', ['sue', 'sues', 'sued', 'suing', 'lawsuits', 'legal action', 'take to court', 'court case']],
];
