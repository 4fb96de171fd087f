/**
 * How many of each article's entities (a hand-made list) each way of finding
 * names finds: compromise's people/places/organisations, runs of wink-nlp's
 * proper-noun tags, and the drafting tool's entities. A gold entity counts as
 * found when one of its names is among (or inside) the names found.
 *
 *   npx tsx scripts/measure-entities.ts [test/fixtures/drafting/entity-gold.json]
 */
import { readFileSync } from 'node:fs';
import { draftEntities } from '../src/authoring/draft-entities.js';
import { compromiseTopics, winkProperNouns } from '../src/authoring/extract-entities.js';
import { segmentSentences } from '../src/knowledge/segment-sentences.js';

const goldFile = process.argv[2] ?? 'test/fixtures/drafting/entity-gold.json';
const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Record<string, string[][]>;
const clean = (name: string) => name.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();

for (const [file, entities] of Object.entries(gold)) {
  const text = readFileSync(file, 'utf8');
  const contenders: Record<string, string[]> = {
    'compromise people/places/organizations': compromiseTopics(text),
    'wink-nlp PROPN runs': winkProperNouns(text),
    'npm run draft entities (names and aliases)': draftEntities(segmentSentences(text)).entities.flatMap((entity) => [entity.name, ...entity.aliases]),
  };
  console.log(`${file} (${entities.length} entities)`);
  for (const [name, found] of Object.entries(contenders)) {
    const names = found.map(clean);
    const hits = entities.filter((forms) => forms.some((form) => names.some((n) => n === clean(form) || ` ${n} `.includes(` ${clean(form)} `))));
    const missed = entities.filter((forms) => !hits.includes(forms)).map((forms) => forms[0]);
    console.log(`  ${name}: ${hits.length}/${entities.length}; missed ${missed.join(', ') || 'none'}`);
  }
}
