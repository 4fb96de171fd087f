/**
 * Writes a draft in the knowledge base's file format: the one module that
 * knows the files' shapes, so a schema change is adapted here alone.
 *
 *   <knowledgeDir>/article.txt, sentences.json, facts.json, lexicon.json, replies.json
 *   <intentsDir>/article.json (small talk is the engine's own)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityCategory, type Fact, type IntentDefinition, type Lexicon, type LexiconEntity, type Replies } from '../knowledge/schemas.js';
import type { Sentence } from '../knowledge/segment-sentences.js';
import type { DraftEntity } from './draft-entities.js';

export interface Draft {
  readonly article: string;
  readonly headline: string;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly DraftEntity[];
  readonly subject: string | undefined;
  readonly facts: readonly Fact[];
  readonly intents: readonly IntentDefinition[];
}

export interface DraftLocation {
  readonly knowledgeDir: string;
  readonly intentsDir: string;
}

export function writeKnowledge(draft: Draft, { knowledgeDir, intentsDir }: DraftLocation): void {
  mkdirSync(knowledgeDir, { recursive: true });
  mkdirSync(intentsDir, { recursive: true });
  writeFileSync(join(knowledgeDir, 'article.txt'), draft.article);
  writeJson(join(knowledgeDir, 'sentences.json'), { sentences: draft.sentences });
  writeJson(join(knowledgeDir, 'facts.json'), { facts: draft.facts });
  writeJson(join(knowledgeDir, 'lexicon.json'), lexiconOf(draft));
  writeJson(join(knowledgeDir, 'replies.json'), repliesOf(draft));
  writeJson(join(intentsDir, 'article.json'), draft.intents);
}

function lexiconOf(draft: Draft): Lexicon {
  const profile = new Map<string, string>();
  for (const fact of draft.facts) for (const entity of fact.entities) if (!profile.has(entity)) profile.set(entity, fact.id);
  // A place's profile says where it is, so "Which region is Livorno in?" is answered.
  for (const entity of draft.entities) {
    const placing = draft.facts.find((fact) => entity.placedIn !== undefined && fact.citations.includes(entity.placedIn));
    if (placing !== undefined) profile.set(entity.id, placing.id);
  }
  const subject = draft.entities.find((entity) => entity.id === draft.subject);
  return {
    subject: draft.subject ?? draft.entities[0]?.id ?? 'article',
    synonyms: {},
    entities: draft.entities.map((entity) => ({
      id: entity.id,
      category: lexiconCategory(entity),
      aliases: [...entity.aliases],
      ...(entity.pronoun !== undefined && { pronoun: entity.pronoun }),
      ...(profile.has(entity.id) && { profile: profile.get(entity.id) }),
    })),
    // The subject goes without saying: "How much did it cost?" asks about it as much as "How much did Acme's plant cost?".
    genericWords: [...new Set((subject?.aliases ?? []).filter((alias) => !alias.includes(' ')))],
  };
}

/** The lexicon's category: the finer one the names reader found, else the coarse kind; "a place" reads as a region. */
function lexiconCategory(entity: DraftEntity): LexiconEntity['category'] {
  const category = entity.category === 'place' ? 'region' : entity.category;
  const known = entityCategory.safeParse(category);
  return known.success ? known.data : entity.kind;
}

function repliesOf(draft: Draft): Replies {
  const title = `“${draft.headline}”`;
  return {
    smalltalk: {
      'smalltalk.greeting': `Hello! Ask me anything about the article ${title}. Every answer quotes the article.`,
      'smalltalk.capabilities': `I answer questions about one news article, ${title}, and quote the sentences each answer rests on. If the article doesn't say, I tell you so.`,
    },
    fallback: "The article doesn't say.",
    fallbackWithTopic: "The article doesn't say {topic}.",
    conversionMissing: "The article doesn't give that figure in {currency}.",
    suggestions: draft.facts.slice(1, 5).map((fact) => fact.questions[0] ?? `What does the article say about ${draft.headline}?`),
  };
}

function writeJson(path: string, data: unknown): void {
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}
