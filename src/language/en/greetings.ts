/**
 * Openers a question may start with ("Hi, how much…?"). Dropped before a
 * question; alone they are a greeting.
 */
export const GREETINGS: readonly string[] = [
  ...['hi', 'hello', 'hey', 'hiya', 'howdy', 'greetings', 'yo'],
  ...['good morning', 'good afternoon', 'good evening', 'hi there', 'hello there', 'hey there'],
];
