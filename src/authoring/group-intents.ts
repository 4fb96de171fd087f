/**
 * Groups draft facts into intents: facts that share entities and terms (and,
 * failing those, sit in the same paragraph) are merged until every intent has
 * enough questions to train on and hold out. Each intent takes its facts'
 * questions, a fifth of them held out as tests.
 */
import type { Fact, IntentDefinition } from '../knowledge/schemas.js';
import type { Sentence } from '../knowledge/segment-sentences.js';
import { stem } from '../nlp/natural.js';
import { tokenize } from '../pipeline/text-tokens.js';
import type { DraftFact } from './draft-facts.js';

export interface GroupingOptions {
  /** Training utterances each intent needs (validation's minimum). */
  readonly minUtterances: number;
  /** Held-out tests each intent should have. */
  readonly minTests: number;
}

export interface Grouped {
  readonly facts: readonly Fact[];
  readonly intents: readonly IntentDefinition[];
}

interface Cluster {
  facts: DraftFact[];
  features: Set<string>;
  paragraphs: Set<number>;
}

const HELD_OUT_EVERY = 5;

export function groupIntents(drafts: readonly DraftFact[], sentences: readonly Sentence[], stopwords: ReadonlySet<string>, options: GroupingOptions): Grouped {
  const paragraphOf = new Map(sentences.map((sentence) => [sentence.id, sentence.paragraph]));
  const featuresOf = (fact: DraftFact) =>
    new Set([...fact.entities.map((id) => `@${id}`), ...fact.keywords.flatMap((keyword) => tokenize(keyword)).filter((word) => !stopwords.has(word)).map(stem)]);
  const clusters: Cluster[] = drafts.map((fact) => ({ facts: [fact], features: featuresOf(fact), paragraphs: new Set(fact.citations.map((id) => paragraphOf.get(id) ?? -1)) }));
  const needed = options.minUtterances + options.minTests;
  const size = (cluster: Cluster) => cluster.facts.reduce((sum, fact) => sum + fact.questions.length, 0);

  for (;;) {
    const small = clusters.filter((cluster) => size(cluster) < needed).sort((a, b) => size(a) - size(b))[0];
    if (small === undefined || clusters.length < 2) break;
    const partner = clusters
      .filter((cluster) => cluster !== small)
      .map((cluster) => ({ cluster, score: similarity(small, cluster) - size(cluster) / 1000 }))
      .sort((a, b) => b.score - a.score)[0]?.cluster;
    if (partner === undefined) break;
    partner.facts.push(...small.facts);
    small.features.forEach((feature) => partner.features.add(feature));
    small.paragraphs.forEach((paragraph) => partner.paragraphs.add(paragraph));
    clusters.splice(clusters.indexOf(small), 1);
  }

  const names = new Set<string>();
  const facts: Fact[] = [];
  const intents: IntentDefinition[] = [];
  for (const cluster of clusters) {
    const intent = uniqueName(intentName(cluster), names);
    const ordered = [...cluster.facts].sort((a, b) => sentenceNumber(a) - sentenceNumber(b));
    facts.push(...ordered.map((fact) => ({ ...fact, intent })));
    const questions = ordered.flatMap((fact) => fact.questions);
    const tests = questions.filter((_, i) => i % HELD_OUT_EVERY === HELD_OUT_EVERY - 1);
    // The answers train the classifier too: a reader's words are more often the article's than a template's.
    const answers = ordered.map((fact) => fact.answer).filter((answer) => !questions.includes(answer));
    intents.push({
      intent,
      description: `Drafted from ${ordered.map((fact) => fact.citations.join('+')).join(', ')}`,
      utterances: [...questions.filter((question) => !tests.includes(question)), ...answers],
      tests,
    });
  }
  facts.sort((a, b) => sentenceNumber(a) - sentenceNumber(b));
  return { facts, intents };
}

/** Shared entities count most, shared terms next, the same paragraph breaks ties. */
function similarity(a: Cluster, b: Cluster): number {
  let shared = 0;
  for (const feature of a.features) if (b.features.has(feature)) shared += feature.startsWith('@') ? 2 : 1;
  const union = a.features.size + b.features.size;
  const sameParagraph = [...a.paragraphs].some((paragraph) => b.paragraphs.has(paragraph)) ? 0.05 : 0;
  return (union === 0 ? 0 : shared / union) + sameParagraph;
}

/** `article.<entity>_<term>` from the most shared entity and term of the cluster's facts. */
function intentName(cluster: Cluster): string {
  const counts = new Map<string, number>();
  for (const fact of cluster.facts) {
    for (const feature of new Set([...fact.entities.map((id) => `@${id}`), ...fact.keywords.filter((keyword) => !keyword.includes(' '))])) {
      counts.set(feature, (counts.get(feature) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([feature]) => feature);
  const entity = ranked.find((feature) => feature.startsWith('@'))?.slice(1);
  const term = ranked.find((feature) => !feature.startsWith('@'));
  const parts = [entity, term].filter((part) => part !== undefined).map((part) => part.replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, ''));
  return `article.${parts.filter((part) => part !== '').join('_') || 'facts'}`;
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${name}_${n}`;
  taken.add(candidate);
  return candidate;
}

function sentenceNumber(fact: DraftFact): number {
  return Number(fact.citations[0]?.slice(1) ?? 0);
}
