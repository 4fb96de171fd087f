/**
 * `knowledge/<slug>/source.json`, optional: where the article comes from and
 * on what terms, so pages and listings can credit it. The headline is not
 * here: it is the article's first line.
 */
import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty; leave the field out instead');
const webUrl = z.url({ protocol: /^https?$/, error: 'use an http:// or https:// URL' });

export const articleSourceSchema = z.strictObject({
  /** Where the article is published. */
  url: webUrl.optional(),
  /** "By Jane Doe", as the publisher prints it. */
  byline: text.optional(),
  /** Publication date, `YYYY-MM-DD`. */
  published: z.iso.date('use a date such as "2019-03-29"').optional(),
  publisher: text.optional(),
  /** The licence's short name, such as "CC BY 2.5". */
  licence: text.optional(),
  licenceUrl: webUrl.optional(),
  /** The credit line the licence asks for, shown with the article. */
  attribution: text.optional(),
});

export type ArticleSource = z.infer<typeof articleSourceSchema>;
