/**
 * The reply to one question asked in Slack, whichever way it arrived. Every
 * question gets a reply: an empty mention gets examples, an over-long one a
 * limit, and a failing engine an apology (logged), never silence.
 */
import { MAX_QUESTION_LENGTH } from '../http/ask-route.js';
import type { Engine } from '../../pipeline/answer-question.js';
import type { SlackLogger } from './logger.js';
import { renderNotice, renderReply, type SlackReply } from './render-reply.js';

export async function slackReplyFor(engine: Engine, question: string, sessionId: string, log: SlackLogger): Promise<SlackReply> {
  if (question === '') {
    const examples = engine.knowledge.replies.suggestions.slice(0, 3).map((example) => `“${example}”`);
    return renderNotice(`Ask me about the article, for example ${examples.join(' or ')}`);
  }
  if (question.length > MAX_QUESTION_LENGTH) {
    return renderNotice(`Please keep questions under ${MAX_QUESTION_LENGTH} characters.`);
  }
  try {
    return renderReply(await engine.ask({ question, sessionId, channel: 'slack' }));
  } catch (error) {
    // No question text: it is personal data, and this line is logged at every level but silent.
    log.error({ err: error instanceof Error ? error.message : String(error) }, 'the engine failed to answer');
    return renderNotice('Sorry, I could not answer that just now. Please try again.');
  }
}
