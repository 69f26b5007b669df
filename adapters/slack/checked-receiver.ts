import { ExpressReceiver, type ExpressReceiverOptions } from '@slack/bolt';
import type { Request, Response } from 'express';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A slash command is a form of single strings. A field given twice parses as a list, which the
 * listeners would read as a string; Slack never sends one.
 */
function findCommandProblem(form: Record<string, unknown>): string | undefined {
  for (const [field, value] of Object.entries(form)) {
    if (Array.isArray(value)) return `form field ${field} given more than once`;
    if (typeof value !== 'string') return `form field ${field} must be a string`;
  }
  return undefined;
}

/**
 * Why a signed, parsed body is not something Slack sends, or undefined when it is an event, a
 * slash command or an interaction. Bolt answers a body it cannot classify only after 3 s, with a
 * 404, and a JSON `null` or a string `event` with a 500, so these are refused at once instead.
 */
export function findSlackBodyProblem(body: unknown): string | undefined {
  if (!isRecord(body)) return 'expected a JSON object or a form';
  if (body.event !== undefined) {
    if (!isRecord(body.event) || typeof body.event.type !== 'string')
      return 'event must be an object with a type';
    if (body.event.item !== undefined && !isRecord(body.event.item))
      return 'event.item must be an object';
    return undefined;
  }
  if (body.command !== undefined) return findCommandProblem(body);
  if (body.actions !== undefined && !Array.isArray(body.actions)) return 'actions must be a list';
  if (typeof body.type === 'string') return undefined;
  return 'not a Slack event, command or interaction';
}

/**
 * Bolt's ExpressReceiver, refusing with 400 a body that passed the signature check but is not a
 * Slack request. `requestHandler` runs after Bolt's own signature check and body parser.
 */
export class CheckedExpressReceiver extends ExpressReceiver {
  readonly #onRefused: (problem: string) => void;

  /** `onRefused` is told each refusal, for a log line. */
  constructor(options: ExpressReceiverOptions, onRefused: (problem: string) => void) {
    super(options);
    this.#onRefused = onRefused;
  }

  override async requestHandler(req: Request, res: Response): Promise<void> {
    const problem = findSlackBodyProblem(req.body);
    if (problem !== undefined) {
      this.#onRefused(problem);
      res.status(400).json({ error: problem });
      return;
    }
    await super.requestHandler(req, res);
  }
}
