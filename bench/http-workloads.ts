/**
 * What autocannon asks the servers. Each connection runs a script of steps
 * in order and starts it again when it ends; a step that belongs to a
 * conversation is sent with a session id of that connection's reader, so no
 * two connections ever share a conversation and each keeps its turns in order.
 */
import type { EvalSet } from './workload.js';
import { mixedWorkload } from './workload.js';

export type HttpWorkloadName = 'openers' | 'conversations' | 'mixed';

export interface Step {
  readonly question: string;
  /** The conversation (within one pass of the script) the question continues; undefined: asked without a session. */
  readonly conversation?: string;
}

export interface HttpWorkload {
  readonly name: HttpWorkloadName;
  readonly description: string;
  /** One connection's script. */
  readonly steps: readonly Step[];
}

export function httpWorkloads(set: EvalSet): HttpWorkload[] {
  const openers = [...new Set([...set.single.map((item) => item.q), ...set.dialogs.flatMap((dialog) => dialog.turns[0]?.q ?? [])])];
  return [
    {
      name: 'openers',
      description: 'every single question and dialog opener, rotating, without a session: the answer cache on, as deployed',
      steps: openers.map((question) => ({ question })),
    },
    {
      name: 'conversations',
      description: 'each connection a reader going through every evaluation dialog in order, a new conversation (sessionId) per dialog',
      steps: set.dialogs.flatMap((dialog, index) => dialog.turns.map((turn) => ({ question: turn.q, conversation: `d${index}` }))),
    },
    {
      name: 'mixed',
      description: 'all evaluation questions, single ones and dialog turns interleaved (seeded), each in its own conversation',
      steps: mixedWorkload(set).map((item) => ({ question: item.question, conversation: item.conversation })),
    },
  ];
}

/** The JSON request body of a step for a given reader. */
export function requestBody(step: Step, reader: string): string {
  return JSON.stringify(step.conversation === undefined ? { question: step.question } : { question: step.question, sessionId: `${reader}-${step.conversation}` });
}
