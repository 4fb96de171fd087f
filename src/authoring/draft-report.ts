/**
 * What a draft leaves for a human, as Markdown: sentences the templates found
 * too little to ask about, entities without a category, facts that duplicate
 * each other, and the subject chosen.
 */
import type { DraftEntity } from './draft-entities.js';
import type { DraftFact } from './draft-facts.js';

export interface ReportInput {
  readonly slug: string;
  readonly subject: string | undefined;
  readonly entities: readonly DraftEntity[];
  readonly facts: readonly DraftFact[];
  /** Facts whose questions had to be padded: the templates found too little in the sentence. */
  readonly padded: ReadonlySet<string>;
}

const SAME_FACT = 0.8;

export function draftReport({ slug, subject, entities, facts, padded }: ReportInput): string {
  const uncategorised = entities.filter((entity) => entity.category === undefined);
  const duplicates = duplicatePairs(facts);
  const lines = [
    `# Draft report: ${slug}`,
    '',
    `${facts.length} facts, ${entities.length} entities; subject: ${subject ?? '(none found: set `subject` in lexicon.json)'}.`,
    '',
    `## Sentences without a question (${padded.size})`,
    ...list([...padded].map((id) => `${id}: its questions are padded; write three a reader would ask.`)),
    '',
    `## Entities without a category (${uncategorised.length})`,
    ...list(uncategorised.map((entity) => `${entity.id} ("${entity.name}"): drafted as ${entity.kind}; set its category.`)),
    '',
    `## Duplicate facts (${duplicates.length})`,
    ...list(duplicates.map(([a, b]) => `${a} and ${b} say nearly the same; merge them or tell them apart.`)),
    '',
  ];
  return lines.join('\n');
}

function list(items: readonly string[]): string[] {
  return items.length === 0 ? ['- none'] : items.map((item) => `- ${item}`);
}

/** Facts whose keywords overlap almost wholly. */
function duplicatePairs(facts: readonly DraftFact[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  facts.forEach((a, i) => {
    for (const b of facts.slice(i + 1)) {
      const shared = a.keywords.filter((keyword) => b.keywords.includes(keyword)).length;
      const union = new Set([...a.keywords, ...b.keywords]).size;
      if (a.answer === b.answer || (union > 0 && shared / union >= SAME_FACT)) pairs.push([a.id, b.id]);
    }
  });
  return pairs;
}
