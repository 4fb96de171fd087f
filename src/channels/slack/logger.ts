/**
 * What the Slack channel logs through. The shape is pino's (`fields, message`)
 * so a pino logger can be passed as is; the default writes the same one-line
 * JSON as `main.ts`, to stderr so it never mixes with program output.
 */

export interface SlackLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

function line(level: string): (fields: object, message: string) => void {
  return (fields, message) => console.error(JSON.stringify({ level, component: 'slack', msg: message, ...fields }));
}

export const consoleLogger: SlackLogger = Object.freeze({ info: line('info'), warn: line('warn'), error: line('error') });
