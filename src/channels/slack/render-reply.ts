/**
 * Turns the engine's answer into a Slack message: the answer, then every
 * cited article sentence as a quotation labelled with its sentence id, and on
 * a fallback the questions the bot can answer. `text` carries the answer
 * alone, which Slack shows in notifications and to clients without blocks.
 */
import type { AskResponse } from '../../pipeline/types.js';
import { escapeMrkdwn } from './slack-text.js';

/** Slack rejects a section whose text is longer than this. */
export const MAX_SECTION_TEXT = 3000;
/** Citations shown; Slack allows 50 blocks, and an answer rests on a few sentences. */
export const MAX_CITATIONS = 10;

export interface MrkdwnSection {
  readonly type: 'section';
  readonly text: { readonly type: 'mrkdwn'; readonly text: string };
}

export interface SlackReply {
  readonly text: string;
  readonly blocks: readonly MrkdwnSection[];
}

export function renderReply(response: AskResponse): SlackReply {
  const blocks = [section(escapeMrkdwn(response.answer))];
  for (const citation of response.citations.slice(0, MAX_CITATIONS)) {
    blocks.push(section(`${quote(citation.text)}\n_(sentence ${escapeMrkdwn(citation.id)})_`));
  }
  if (response.fallback && response.suggestions.length > 0) {
    const questions = response.suggestions.map((question) => `• ${escapeMrkdwn(question)}`).join('\n');
    blocks.push(section(`*You could ask:*\n${questions}`));
  }
  // `text` is parsed for mentions too, so it is escaped like the blocks: an answer can never ping a channel.
  return { text: escapeMrkdwn(response.answer), blocks };
}

/** A plain-text reply (help, errors) in the same shape. */
export function renderNotice(text: string): SlackReply {
  return { text: escapeMrkdwn(text), blocks: [section(escapeMrkdwn(text))] };
}

function quote(text: string): string {
  return escapeMrkdwn(text)
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}

function section(text: string): MrkdwnSection {
  const fitted = text.length <= MAX_SECTION_TEXT ? text : `${text.slice(0, MAX_SECTION_TEXT - 1)}…`;
  return { type: 'section', text: { type: 'mrkdwn', text: fitted } };
}
