/**
 * Questions that ask for a category of entity: "Which country arrested the
 * CFO?", "Which agency criticised the software?". Such a question is answered
 * only by a fact that names an entity of that category besides those the
 * question names itself (the lexicon gives every entity its category).
 */
import type { EntityCategory } from '../knowledge/schemas.js';

/** The English nouns for each kind of entity a reader may ask for, and the categories that answer them. */
const NOUN_CATEGORIES: ReadonlyArray<[readonly string[], readonly EntityCategory[]]> = [
  [['country', 'countries', 'nation', 'nations'], ['country']],
  [['company', 'companies', 'firm', 'firms', 'brand', 'brands', 'maker', 'makers', 'manufacturer', 'manufacturers', 'vendor', 'vendors', 'rival', 'rivals', 'competitor', 'competitors', 'business', 'businesses'], ['company']],
  [['organisation', 'organisations', 'organization', 'organizations', 'body', 'bodies', 'institution', 'institutions'], ['organisation', 'agency', 'government', 'region']],
  [['party', 'parties', 'group', 'groups'], ['group', 'organisation']],
  [['agency', 'agencies', 'watchdog', 'watchdogs', 'regulator', 'regulators'], ['agency', 'government']],
  [['government', 'governments', 'administration', 'administrations', 'authority', 'authorities'], ['government', 'agency', 'country']],
  [['city', 'cities', 'town', 'towns'], ['city']],
  [['region', 'regions', 'bloc', 'blocs', 'continent', 'continents'], ['region']],
];

const CATEGORIES_OF: ReadonlyMap<string, readonly EntityCategory[]> = new Map(NOUN_CATEGORIES.flatMap(([nouns, categories]) => nouns.map((noun) => [noun, categories])));

/**
 * The nouns an entity of `category` answers to ("town" for a city): a fact naming Livorno is about a town,
 * whichever word its sentences use.
 */
export function nounsFor(category: EntityCategory): readonly string[] {
  return NOUN_CATEGORIES.filter(([, categories]) => categories.includes(category)).flatMap(([nouns]) => nouns);
}

// "which country", "which European country", "what British agency": at most one word between, and not
// a verb ("what are regulators able to do" asks no category).
const ASKS_WHICH = /\b(?:which|what) (?:(?!(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|might|may)\b)(\w+) )?(\w+)\b/g;

/** What a question asks to be named: the categories that answer, and the noun that asked ("nation"). */
export interface AskedCategory {
  readonly categories: readonly EntityCategory[];
  readonly noun: string;
  /**
   * The word right after the noun when it is no function word: the question's verb ("host" in "Which
   * countries host the centres?"), an action however often English uses it as a noun.
   */
  readonly verb?: string;
  /** "Who is the governor of Lombardy?" names the person it asks for by title: naming them answers. */
  readonly namedMayAnswer?: boolean;
}

const FUNCTION_WORDS = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'might', 'may', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'and', 'or', 'the', 'a', 'an', 'that', 'which', 'who']);

// "Who runs the agency?" asks for the person at its head: a fact naming no person besides those asked cannot say.
// The verb that asks is set aside from the topic; a title ("Who is the president of…?") stays, as what the fact must say.
const ASKS_WHO_LEADS = /\bwho (?:(runs|heads|chairs|manages|directs|governs)|is in charge of|(?:is|was) (?:the )?(?:head|boss|chief|director|leader|chairman|chairwoman|president|governor|mayor|premier|minister|secretary) of)\b/;

/** The category of entity the question asks to be named, or undefined. */
export function askedCategory(text: string): AskedCategory | undefined {
  const leads = ASKS_WHO_LEADS.exec(text);
  if (leads !== null) return { categories: ['person'], noun: leads[1] ?? 'who', namedMayAnswer: true };
  for (const found of text.matchAll(ASKS_WHICH)) {
    const [whole, first, second] = found;
    for (const noun of [first, second]) {
      const categories = noun === undefined ? undefined : CATEGORIES_OF.get(noun);
      if (noun === undefined || categories === undefined) continue;
      const after = noun === first && second !== undefined ? second : /^\s*(\w+)/.exec(text.slice(found.index + whole.length))?.[1];
      return after === undefined || FUNCTION_WORDS.has(after) ? { categories, noun } : { categories, noun, verb: after };
    }
  }
  return undefined;
}

/**
 * Whether a fact about `factEntities` names an entity of one of the `asked` categories that the
 * question (naming `questionEntities`) does not already name.
 */
export function namesCategory(
  asked: readonly EntityCategory[],
  factEntities: readonly string[],
  questionEntities: readonly string[],
  categoryOf: (entity: string) => EntityCategory | undefined,
): boolean {
  return factEntities.some((entity) => {
    const category = categoryOf(entity);
    return category !== undefined && !questionEntities.includes(entity) && asked.includes(category);
  });
}
