/**
 * Turns the names an article mentions into lexicon entities: one entity per
 * thing named, however it is written ("Jane Doe", "Mrs Doe", "Doe's"), with a
 * category, aliases, a pronoun for people, the sentences that mention it, and
 * the article's subject: the entity the headline is about.
 */
import type { Sentence } from '../knowledge/segment-sentences.js';
import { NO_PLACE_NAMES, type PlaceNames } from './place-names.js';
import { englishWords as loadEnglishWords, type EnglishWords } from '../language/en/index.js';
import { PhraseTable } from '../pipeline/phrases.js';
import { tokenize } from '../pipeline/text-tokens.js';
import { escapeRegExp, nameMentions, namesItsKind, type EntityCategory, type NameMention } from './extract-entities.js';

export interface DraftEntity {
  readonly id: string;
  /** The fullest form of the name the article writes. */
  readonly name: string;
  readonly category: EntityCategory | undefined;
  readonly kind: 'person' | 'organisation' | 'country';
  /** Lower-case forms a reader may use; the tokenizer already reads possessives ("Doe's" is "doe"). */
  readonly aliases: readonly string[];
  /**
   * Every form the article calls it by: the aliases, and the ordinary word of its name that stands for
   * it in the article ("the Court" for the Italian Supreme Court of Cassation). A reader's "court" names
   * no court in particular, so that word is no alias the engine would require of an answer.
   */
  readonly readAs: readonly string[];
  /** The sentence that says which larger place a place is in ("… in Livorno, Tuscany"): its profile answers "Which region is Livorno in?". */
  readonly placedIn?: string;
  readonly pronoun?: 'he' | 'she';
  /** Ids of the sentences that mention it, in reading order. */
  readonly sentences: readonly string[];
}

export interface DraftedEntities {
  readonly entities: readonly DraftEntity[];
  /** The id of the entity the headline is about; undefined when the headline names none. */
  readonly subject: string | undefined;
  /** Which entities each sentence mentions, by sentence id. */
  readonly bySentence: ReadonlyMap<string, readonly string[]>;
  /** The countries an entity speaks for (its capital, a body named after it), by entity id. */
  readonly speaksFor: ReadonlyMap<string, readonly string[]>;
}

interface Group {
  name: string;
  /** How often each category was tagged: the majority wins ("Britain" is a place, once tagged an organisation). */
  categories: Map<EntityCategory, number>;
  aliases: Set<string>;
  mentions: NameMention[];
}

function majority(counts: ReadonlyMap<EntityCategory, number>): EntityCategory | undefined {
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const PLACE_CATEGORIES: ReadonlySet<EntityCategory> = new Set(['country', 'city', 'region', 'place']);

export function draftEntities(sentences: readonly Sentence[], english: EnglishWords = loadEnglishWords(), places: PlaceNames = NO_PLACE_NAMES): DraftedEntities {
  const mentions = sentences.flatMap((sentence) => withoutNested(nameMentions(sentence.text)));
  const groups = groupMentions(mentions, english);
  const categories = new Map(groups.map((group) => [group, categoryOf(group, places)]));
  for (const group of groups) {
    const category = categories.get(group);
    if (category !== undefined && PLACE_CATEGORIES.has(category)) addPlaceNames(group.aliases, places);
  }
  const isPlace = (group: Group) => PLACE_CATEGORIES.has(categories.get(group) ?? 'person');
  // "British" is Britain's, not the British Government's: a name that contains a place's word is of that place.
  // "Chinese" (WordNet: of Taiwan, the Republic of China) is China's in an article naming China more
  // often, or as often: a country before an island or a region. Another entity's own name ("Beijing",
  // China's capital) is that entity's.
  const weight = (group: Group) => group.mentions.length + (categories.get(group) === 'country' ? 0.5 : 0);
  const claims = (group: Group, alias: string) =>
    alias === group.name.toLowerCase() ||
    !groups.some(
      (other) =>
        other !== group &&
        (other.name.toLowerCase() === alias ||
          (isPlace(other) && other.aliases.has(alias) && (isPlace(group) ? weight(other) >= weight(group) : containsWords(group.name, alias)))),
    );
  const aliasOwners = new Map<string, number>();
  for (const group of groups) for (const alias of group.aliases) if (claims(group, alias)) aliasOwners.set(alias, (aliasOwners.get(alias) ?? 0) + 1);

  const table = new PhraseTable<string>();
  const drafts = groups.map((group) => {
    const id = uniqueId(slug(group.name), groups.indexOf(group), groups);
    // An alias two entities share ("municipality") names neither for sure.
    const aliases = [...group.aliases].filter((alias) => alias === group.name.toLowerCase() || (claims(group, alias) && aliasOwners.get(alias) === 1));
    for (const alias of aliases) table.add(tokenize(alias), id);
    return { id, group, aliases };
  });

  const { governed, capitals } = placesOf(drafts, places, (group) => categories.get(group) === 'country');
  const governments = new Set(drafts.filter(({ group }) => categories.get(group) === 'government').map(({ id }) => id));
  const bySentence = new Map<string, string[]>();
  const sentencesOf = new Map<string, string[]>();
  for (const sentence of sentences) {
    const named = [...table.matches(tokenize(sentence.text))].map((match) => match.value);
    // "Beijing detained two Canadians", "the Chinese government said": about China too; and readers call
    // that government by its capital ("Did Beijing interfere?") when the article names the capital.
    const capitalOf = (id: string) => (governments.has(id) ? (governed.get(id) ?? []).flatMap((country) => capitals.get(country) ?? []) : []);
    const ids = [...new Set(named.flatMap((id) => [id, ...(governed.get(id) ?? []), ...capitalOf(id)]))];
    bySentence.set(sentence.id, ids);
    for (const id of ids) sentencesOf.set(id, [...(sentencesOf.get(id) ?? []), sentence.id]);
  }

  const textOf = new Map(sentences.map((sentence) => [sentence.id, sentence.text]));
  const agencies = agenciesIn(sentences, bySentence, new Set(drafts.filter(({ group }) => categories.get(group) === 'organisation').map(({ id }) => id)));
  const entities: DraftEntity[] = drafts
    .filter(({ id }) => (sentencesOf.get(id) ?? []).length > 0)
    .map(({ id, group, aliases }) => {
      const mentioned = sentencesOf.get(id) ?? [];
      const tagged = categories.get(group);
      // A bare name the tagger could not type, or took for an organisation, that a sentence calls a brand or a rival.
      const traded = (tagged === undefined || (tagged === 'organisation' && !namesItsKind(group.name))) && mentioned.some((sentenceId) => COMPANY_CUE.test(textOf.get(sentenceId) ?? ''));
      const category = agencies.has(id) ? 'agency' : traded ? 'company' : tagged;
      const kind = category === 'person' ? 'person' : category !== undefined && PLACE_CATEGORIES.has(category) ? 'country' : 'organisation';
      const pronoun = kind === 'person' ? pronounOf(mentioned, sentences) : undefined;
      const askable = aliases.filter((alias) => kind === 'person' || !standsInFor(alias, group.name, english));
      return { id, name: group.name, category, kind, aliases: askable, readAs: aliases, ...(pronoun && { pronoun }), sentences: mentioned };
    });
  const placed = entities.map((entity) => {
    const placedIn = entity.kind === 'country' ? entity.sentences.find((id) => entities.some((larger) => isWithin(entity, larger, textOf.get(id) ?? ''))) : undefined;
    return placedIn === undefined ? entity : { ...entity, placedIn };
  });
  return { entities: placed, subject: subjectOf(placed, sentences[0]), bySentence, speaksFor: governed };
}

/**
 * What the tagger made of the name, unless WordNet knows it as a place of another kind: compromise
 * tags "Britain" an organisation and "US" a region, while WordNet has them as a kingdom and a country.
 * A person, a government or a company stays what the tagger said.
 */
function categoryOf(group: Group, places: PlaceNames): EntityCategory | undefined {
  const tagged = majority(group.categories);
  if (tagged !== undefined && !PLACE_CATEGORIES.has(tagged) && tagged !== 'organisation') return tagged;
  const known = [group.name.toLowerCase(), ...group.aliases].map((name) => places.kinds.get(name)).find((kind) => kind !== undefined);
  return known ?? tagged;
}

/**
 * The countries each entity speaks for (entity id → country ids): a country's capital ("Beijing
 * detained two Canadians") and a body named after it ("the British Government"). Readers name the
 * government by its capital ("What did Washington say?"), so the country also takes the capital's
 * names (`addPlaceNames`), which stay the capital's when the article names it as an entity of its own;
 * `capitals` then gives each country that capital entity (country id → capital ids).
 */
function placesOf(
  drafts: ReadonlyArray<{ readonly id: string; readonly group: Group; readonly aliases: readonly string[] }>,
  places: PlaceNames,
  isCountry: (group: Group) => boolean,
): { governed: Map<string, string[]>; capitals: Map<string, string[]> } {
  const governed = new Map<string, string[]>();
  const capitals = new Map<string, string[]>();
  for (const country of drafts.filter((draft) => isCountry(draft.group))) {
    const capital = new Set(country.aliases.flatMap((alias) => places.capitals.get(alias) ?? []));
    const speaksFor = (draft: (typeof drafts)[number]) =>
      capital.has(draft.group.name.toLowerCase()) || (majority(draft.group.categories) !== 'person' && [...country.group.aliases].some((alias) => containsWords(draft.group.name, alias)));
    for (const other of drafts.filter((draft) => draft !== country && speaksFor(draft))) governed.set(other.id, [...(governed.get(other.id) ?? []), country.id]);
    capitals.set(country.id, drafts.filter((draft) => capital.has(draft.group.name.toLowerCase())).map((draft) => draft.id));
  }
  return { governed, capitals };
}

/**
 * The organisations the article itself calls an agency: the one organisation a sentence names before a
 * sentence opening "The agency…" ("Britain's National Cyber Security Centre added criticism… The agency
 * said…"), so "Which agency…?" is answered by its sentences.
 */
function agenciesIn(sentences: readonly Sentence[], bySentence: ReadonlyMap<string, readonly string[]>, organisations: ReadonlySet<string>): Set<string> {
  const agencies = new Set<string>();
  sentences.forEach((sentence, i) => {
    const before = sentences[i - 1];
    if (before === undefined || !AGENCY_REFERENCE.test(sentence.text)) return;
    const named = (bySentence.get(before.id) ?? []).filter((id) => organisations.has(id));
    if (named.length === 1 && named[0] !== undefined) agencies.add(named[0]);
  });
  return agencies;
}

const AGENCY_REFERENCE = /^the (agency|watchdog|regulator)\b/i;

/** Words that say a name is a company's: "the number two smartphone brand", "the network gear seller", "tech giant". */
const COMPANY_CUE = /\b(compan(?:y|ies)|firms?|brands?|makers?|manufacturers?|vendors?|sellers?|suppliers?|rivals?|competitors?|giants?|retailers?|carriers?|operators?|startups?|conglomerates?)\b/i;

/** A place's other names, its capital's (unless another entity is the capital), and the adjectives of it that the article writes ("Chinese" for China). */
function addPlaceNames(aliases: Set<string>, places: PlaceNames): void {
  for (const alias of [...aliases]) for (const other of [...(places.synonyms.get(alias) ?? []), ...(places.capitals.get(alias) ?? [])]) aliases.add(other);
  for (const [adjective, of] of places.adjectives) if (of.some((place) => aliases.has(place))) aliases.add(adjective);
}

const PLACE_SIZE: ReadonlyArray<EntityCategory> = ['place', 'city', 'region', 'country'];

/** News places a town by the region or country after it: "Livorno, Tuscany". */
function isWithin(place: DraftEntity, larger: DraftEntity, text: string): boolean {
  // Only a larger kind of place: "Britain, Germany and Belgium" is a list.
  if (PLACE_SIZE.indexOf(larger.category ?? 'place') <= PLACE_SIZE.indexOf(place.category ?? 'country')) return false;
  const lower = text.toLowerCase();
  return place.readAs.some((alias) => larger.readAs.some((other) => new RegExp(`\\b${escapeRegExp(alias)}, ${escapeRegExp(other)}\\b`).test(lower)));
}

/** An ordinary English word of a longer name that the article writes alone for it: "the Court", "the Government". */
function standsInFor(alias: string, name: string, english: EnglishWords): boolean {
  const words = wordsOf(name);
  return words.length > 1 && words.includes(alias) && english.isWord(alias);
}

/** A name inside a longer name at the same place ("Leeds" in "Municipality of Leeds") is part of it there. */
function withoutNested(mentions: readonly NameMention[]): NameMention[] {
  const end = (mention: NameMention) => mention.start + mention.name.length;
  return mentions.filter(
    (mention) => !mentions.some((other) => other !== mention && other.start <= mention.start && end(other) >= end(mention) && other.name.length > mention.name.length),
  );
}

/**
 * One group per thing named. Longer names come first, so a shorter one whose words all belong to
 * exactly one longer name joins it ("Doe" → "Jane Doe", "Supreme Court" → "Italian Supreme Court
 * of Cassation"); a short form in brackets joins the name it follows.
 */
function groupMentions(mentions: readonly NameMention[], english: EnglishWords): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const sorted = [...mentions].sort((a, b) => wordsOf(b.name).length - wordsOf(a.name).length);
  for (const mention of sorted) {
    const key = mention.name.toLowerCase();
    const shortKey = mention.shortForm?.toLowerCase();
    let group = byKey.get(key) ?? (shortKey === undefined ? undefined : byKey.get(shortKey));
    if (group === undefined) {
      const containing = groups.filter((candidate) => containsWords(candidate.name, mention.name));
      if (containing.length > 1) continue;
      group = containing[0];
    }
    if (group === undefined) {
      if (!looksLikeName(mention, english)) continue;
      group = { name: mention.name, categories: new Map(), aliases: new Set(), mentions: [] };
      groups.push(group);
    }
    group.mentions.push(mention);
    const category = mention.category ?? guessedCategory(mention, english);
    if (category !== undefined) group.categories.set(category, (group.categories.get(category) ?? 0) + 1);
    for (const alias of aliasesOf(mention, english)) {
      group.aliases.add(alias);
      byKey.set(alias, group);
    }
  }
  return groups;
}

function aliasesOf(mention: NameMention, english: EnglishWords): string[] {
  // As the engine reads it: capital "US" is the country "usa", "Doe's" is "doe".
  const name = wordsOf(mention.name).join(' ');
  const aliases = [name, mention.name.toLowerCase()];
  if (mention.shortForm !== undefined) aliases.push(mention.shortForm.toLowerCase());
  const words = wordsOf(name);
  const isPerson = (mention.category ?? guessedCategory(mention, english)) === 'person';
  // Each part of a person's name that is no English word: "zhang" and "wei" for Zhang Wei, whichever is
  // the surname. Anything else is called by such a part only when it is the one that says which:
  // "castelnuovo" for the Municipality of Castelnuovo, not "movimento" nor "stelle" for Movimento 5 Stelle.
  const foreign = words.filter((word) => word.length > 2 && /^\p{L}+$/u.test(word) && !english.isWord(word));
  if (isPerson || foreign.length === 1) aliases.push(...foreign);
  // "European Union" is also the "EU": the initials of a name of capitalised words only, unless it gives its own short form.
  const parts = mention.name.split(/\s+/);
  const initials = parts.map((word) => word.charAt(0).toLowerCase()).join('');
  if (!isPerson && mention.shortForm === undefined && parts.length >= 2 && parts.every((word) => /^\p{Lu}\p{Ll}/u.test(word)) && !english.isWord(initials)) {
    aliases.push(initials);
  }
  const surname = words[words.length - 1];
  if (mention.title !== undefined && surname !== undefined) aliases.push(`${mention.title.toLowerCase()} ${surname}`);
  return aliases;
}

/**
 * Capitalised English words first in a sentence ("Then", "Full Story") are not names unless a tagger
 * says so; written with a capital mid-sentence, one word is ("shares in Apple").
 */
function looksLikeName(mention: NameMention, english: EnglishWords): boolean {
  if (mention.category !== undefined) return true;
  const words = wordsOf(mention.name);
  return words.some((word) => !english.isWord(word) || /\d/.test(word)) || (!mention.sentenceInitial && words.length === 1);
}

/** Two or more words, none of them English: a person's name ("Stefania Giannini", "Ren Zhengfei"). */
function guessedCategory(mention: NameMention, english: EnglishWords): EntityCategory | undefined {
  const words = wordsOf(mention.name);
  return words.length >= 2 && words.every((word) => /^\p{L}+$/u.test(word) && !english.isWord(word)) ? 'person' : undefined;
}

/** The pronoun most used in the sentences that mention a person and the sentence after each. */
function pronounOf(mentioned: readonly string[], sentences: readonly Sentence[]): 'he' | 'she' | undefined {
  let he = 0;
  let she = 0;
  for (const [i, sentence] of sentences.entries()) {
    if (!mentioned.includes(sentence.id) && !mentioned.includes(sentences[i - 1]?.id ?? '')) continue;
    const words = tokenize(sentence.text);
    he += words.filter((word) => word === 'he' || word === 'his' || word === 'him').length;
    she += words.filter((word) => word === 'she' || word === 'her').length;
  }
  if (he === she) return undefined;
  return he > she ? 'he' : 'she';
}

/** The entity the headline names that the article mentions most, the first named on a tie; else the most mentioned one. */
function subjectOf(entities: readonly DraftEntity[], headline: Sentence | undefined): string | undefined {
  const at = (entity: DraftEntity) => headline?.text.toLowerCase().indexOf(entity.name.toLowerCase()) ?? -1;
  const byMentions = [...entities].sort((a, b) => b.sentences.length - a.sentences.length || at(a) - at(b));
  return (byMentions.find((entity) => headline !== undefined && entity.sentences.includes(headline.id)) ?? byMentions[0])?.id;
}

function containsWords(longer: string, shorter: string): boolean {
  const words = new Set(wordsOf(longer.toLowerCase()));
  return longer.length > shorter.length && wordsOf(shorter.toLowerCase()).every((word) => words.has(word));
}

function wordsOf(text: string): string[] {
  return tokenize(text);
}

/** `Municipality of Leeds` → `municipality-of-leeds`; accents dropped, as ids are plain ASCII. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entity'
  );
}

function uniqueId(base: string, index: number, groups: readonly Group[]): string {
  const earlier = groups.slice(0, index).filter((group) => slug(group.name) === base).length;
  return earlier === 0 ? base : `${base}-${earlier + 1}`;
}
