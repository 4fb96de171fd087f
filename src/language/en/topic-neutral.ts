/**
 * Topic-neutral words: they frame a question ("what did the article say about…",
 * "which figure…", "tell me the name of…") without saying what it is about,
 * so they never count towards what a fact must cover. One word each: every
 * word of a phrase would become topic-neutral everywhere.
 */
/**
 * Words that ask who a person is ("What is his job?", "What's Galantino's role?"): with a person named,
 * they name no topic, so the person's profile answers. Of a thing they do ("What role does Acme play?").
 */
export const IDENTITY_WORDS: readonly string[] = ['role', 'job', 'position', 'post', 'title', 'occupation', 'profession'];

/** Words for the article itself: "When was this article published?" asks about the article, which its headline's fact may date. */
export const ARTICLE_WORDS: ReadonlySet<string> = new Set(['article', 'story', 'piece', 'news']);

export const TOPIC_NEUTRAL_WORDS: readonly string[] = [
  ...ARTICLE_WORDS, 'text', 'say', 'said', 'says', 'saying', 'tell', 'told', 'know',
  'think', 'thought', 'mention', 'mentioned', 'explain', 'mr', 'he', 'she', 'they', 'it', 'them', 'him',
  'her', 'their', 'its', 'his', 'happen', 'happened', 'going', 'get', 'got', 'give', 'much', 'many',
  'exactly', 'actually', 'really', 'please', 'mean', 'talk', 'talking', 'about', 'regarding', 'concerning',
  'info', 'information', 'detail', 'details', 'according', 'describe', 'described', 'write', 'written',
  'anything', 'something', 'thing', 'things', 'year', 'years', 'last', 'country', 'countries', 'city',
  'place', 'month', 'day', 'date', 'time', 'percentage', 'amount', 'figure', 'reason', 'period', 'old',
  'long', 'which', 'kind', 'list', 'summarise', 'summarize', 'find', 'someone', 'anyone', 'person',
  'money', 'figures', 'number', 'numbers', 'stuff', 'overview', 'make', 'made', 'makes', 'making', 'do',
  'doing', 'did', 'getting', 'matter', 'matters', 'executive', 'executives', 'boss', 'official', 'spokesman',
  'representative', 'people', 'sort', 'type', 'mark', 'milestone', 'threshold', 'rate', 'speak', 'speaks', 'spoke',
  'spoken', 'speaking', 'publish', 'published', 'publishes', 'term', 'terms', 'next', 'afterwards', 'later',
  'subsequently', 'name', 'names', 'named', 'called', 'impact', 'impacts', 'effect', 'effects',
  'consequence', 'consequences', 'affect', 'affected', 'happens', 'value', 'ones', 'instead', 'mate', 'exact',
  'precise', 'actual', 'angle', 'aspect', 'aspects', 'connection',
  // Asking for a view frames the question as "think" does: "How does Guo feel about 5G sales?".
  'feel', 'feels', 'felt', 'believe', 'believes', 'believed', 'reckon', 'reckons', 'reckoned',
];
