/** One behaviour suite, every article: each folder of knowledge/ and the small Acme fixture. */
import { loadConfig } from '../../src/config.js';
import { loadArticles } from '../../src/knowledge/load-articles.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { ACME } from '../support/articles.js';
import { describeEngineBehaviour } from './engine-behaviour.js';

for (const article of loadArticles(loadConfig({}))) describeEngineBehaviour(`knowledge/${article.slug}`, article.knowledge);
describeEngineBehaviour('the Acme fixture', loadKnowledge(ACME));
