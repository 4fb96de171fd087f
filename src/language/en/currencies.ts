/**
 * Currencies in the forms readers write them: symbols ("$", "£", "€"), codes
 * ("USD", "GBP", "RMB"), words and slang ("bucks", "quid", "sterling"). Each is
 * read as one canonical word, written after the amount: "US$2bn" → "2 bn
 * dollars".
 */
export type Currency = 'USD' | 'GBP' | 'EUR' | 'CNY';

interface CurrencyForms {
  readonly currency: Currency;
  /** The canonical word. */
  readonly word: string;
  /** What may stand before an amount (regular-expression source, lower case). */
  readonly before: string;
  /** The words that name it (regular-expression source, lower case). */
  readonly words: string;
  /** Its symbol, read as the word wherever it stands. */
  readonly symbol?: string;
}

export const CURRENCY_FORMS: readonly CurrencyForms[] = [
  { currency: 'USD', word: 'dollars', before: 'us\\s?\\$|usd\\s?|\\$', words: '(?:u\\.?s\\.?\\s*)?(?:dollars?|usd|bucks)', symbol: '$' },
  { currency: 'GBP', word: 'pounds', before: '£|gbp\\s?', words: 'pounds?\\s*sterling|gbp|sterling|pound|quid', symbol: '£' },
  { currency: 'EUR', word: 'euros', before: '€|eur\\s?', words: 'euros?|eur', symbol: '€' },
  { currency: 'CNY', word: 'yuan', before: 'rmb\\s?|cny\\s?', words: 'yuan|renminbi|rmb|cny' },
];

/** Canonical currency words and their currencies. */
export const CURRENCY_WORDS: ReadonlyMap<string, Currency> = new Map(CURRENCY_FORMS.map((forms) => [forms.word, forms.currency]));
