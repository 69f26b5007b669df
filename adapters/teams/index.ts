/**
 * The Teams adapter: Teams activities in, the core's Answer out as an Adaptive Card. Every import
 * of the Microsoft 365 Agents SDK (@microsoft/agents-*) stays inside adapters/teams, so that a
 * change of SDK touches this folder only.
 */
import { Activity } from '@microsoft/agents-activity';
import express, {
  type ErrorRequestHandler,
  type Express,
  type Request,
  type Response,
} from 'express';
import type { Bot } from '../../src/core/index.js';
import type { Logger } from '../../src/logger.js';
import type { ConversationStore } from '../../src/services/conversation-store.js';
import type { QuestionLog } from '../../src/services/question-log/question-log.js';
import type { RateLimiter } from '../../src/services/rate-limit.js';
import { createSeenEvents, type SeenEvents } from '../../src/services/seen-events.js';
import { type ActivityProblem, checkActivity } from './activity-check.js';
import type { TeamsConfig, TeamsModeDecision } from './config.js';
import {
  type ConnectorRetryPolicy,
  DEFAULT_CONNECTOR_RETRY,
  useConnectorRetries,
} from './connector-retry.js';
import { createTeamsHandler } from './handler.js';
import { TEAMS_LIMITS } from './limits.js';
import { localRequestsOnly } from './local-only.js';
import { isSentByBot, leadsBackHere, limitSendsPerTurn } from './loop-guard.js';
import { createTeamsSdkAdapter, type TeamsSdkAdapter } from './sdk-adapter.js';
import { createTokenCheck } from './token-check.js';

export {
  decideTeamsMode,
  type TeamsConfig,
  type TeamsMode,
  type TeamsModeDecision,
  teamsConfigFrom,
} from './config.js';

/** What the body-parser's error types mean, for the JSON error answered. */
const PARSER_ERRORS: Record<string, string> = {
  'entity.parse.failed': 'invalid JSON body',
  'entity.too.large': 'activity too large',
  'encoding.unsupported': 'unsupported content encoding',
  'charset.unsupported': 'unsupported charset',
};

/** The messaging endpoint registered in the Azure Bot. */
export const TEAMS_ROUTE = '/api/messages';

/** What mountTeams needs from the server. */
export interface TeamsDeps {
  bot: Bot;
  config: TeamsConfig;
  /** How the endpoint runs, decided from `config` by decideTeamsMode before the server starts. */
  decision: TeamsModeDecision;
  logger: Logger;
  /** Registers each request's work, so that the server can wait for it on shutdown. */
  track?: (work: Promise<unknown>) => void;
  /** Per-person question limit, shared with the other adapters. */
  rateLimit?: RateLimiter;
  /** Each conversation's context, shared with the other adapters; none answers questions alone. */
  conversations?: ConversationStore;
  /** Where questions and feedback are recorded; undefined (QUESTION_LOG=off) records nothing. */
  questionLog?: QuestionLog | undefined;
  /** Activities handled already, shared with other replicas; default in memory. */
  seen?: SeenEvents;
  /** Retries and timeout of calls to the Bot Connector (default DEFAULT_CONNECTOR_RETRY). */
  connectorRetry?: ConnectorRetryPolicy;
}

/**
 * The key under which an activity counts as already handled: Bot Framework delivers an activity
 * again, with the same id, when the bot did not answer its HTTP request in time.
 */
function deliveryKey(body: unknown): string | undefined {
  const { id, conversation } = body as { id?: unknown; conversation?: { id?: unknown } };
  return typeof id === 'string' && id !== '' ? `${String(conversation?.id)}|${id}` : undefined;
}

/** An error as a log field: name, message and HTTP status, never headers or tokens. */
function describeError(error: unknown): { name: string; message: string; status?: number } {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error).slice(0, 300) };
  const status = (error as { status?: unknown }).status;
  return {
    name: error.name,
    message: error.message.slice(0, 300),
    ...(typeof status === 'number' ? { status } : {}),
  };
}

/** Our check of the required fields, then the SDK's own parse, so that neither throws later. */
function findProblem(
  body: unknown,
  isServiceUrlAllowed: (url: string) => boolean,
): ActivityProblem | undefined {
  const problem = checkActivity(body, isServiceUrlAllowed);
  if (problem) return problem;
  try {
    Activity.fromObject(body as object);
    return undefined;
  } catch (error) {
    const issues = (error as { issues?: { path: (string | number)[]; message: string }[] }).issues;
    const details = issues
      ? issues.map((i) => `activity.${i.path.join('.')}: ${i.message}`).join('; ')
      : describeError(error).message;
    return { status: 400, error: `malformed activity: ${details}` };
  }
}

/**
 * Adds POST /api/messages to the server in the mode decided (see decideTeamsMode), and logs the
 * mode and why. JSON is parsed on this route only: a global parser would consume the raw bodies
 * that Slack's signature check needs.
 */
export function mountTeams(app: Express, deps: TeamsDeps): TeamsModeDecision {
  const logger = deps.logger.child({ platform: 'teams' });
  const { decision } = deps;
  if (decision.mode === 'off') {
    logger.warn(decision, 'Teams endpoint not started');
    return decision;
  }
  let sdk: TeamsSdkAdapter;
  try {
    sdk = createTeamsSdkAdapter(deps.config, decision.mode);
  } catch (error) {
    // The SDK refuses some settings itself (no client id with its own NODE_ENV=production).
    const off = {
      mode: 'off' as const,
      reason: `the SDK refused the settings: ${describeError(error).message}`,
    };
    logger.error(off, 'Teams endpoint not started');
    return off;
  }
  const { adapter, connection, isServiceUrlAllowed } = sdk;
  const handler = createTeamsHandler(
    deps.bot,
    logger,
    deps.rateLimit,
    deps.conversations,
    deps.questionLog,
    deps.config.publicUrl,
  );
  useConnectorRetries(adapter, deps.connectorRetry ?? DEFAULT_CONNECTOR_RETRY, logger);
  limitSendsPerTurn(adapter, TEAMS_LIMITS.maxSendsPerTurn, logger);
  const seen = deps.seen ?? createSeenEvents();
  adapter.onTurnError = async (_context, error) => {
    // Connector and turn errors are logged; the request still ends and the server keeps running.
    logger.error({ err: describeError(error) }, 'Teams turn failed');
  };

  const processActivity = async (req: Request, res: Response): Promise<void> => {
    // Replies to this server's own address would come back as activities, each answered again.
    const allowed = (url: string) => isServiceUrlAllowed(url) && !leadsBackHere(url, req.socket);
    const problem = findProblem(req.body, allowed);
    if (problem) {
      logger.warn({ status: problem.status, error: problem.error }, 'Teams activity refused');
      res.status(problem.status).json({ error: problem.error });
      return;
    }
    if (isSentByBot(req.body)) {
      logger.info({ type: (req.body as { type: string }).type }, 'activity sent by a bot ignored');
      res.status(200).end();
      return;
    }
    const key = deliveryKey(req.body);
    if (key !== undefined && !(await seen.firstTime(key))) {
      logger.info({ type: (req.body as { type: string }).type }, 'repeated activity skipped');
      res.status(200).end();
      return;
    }
    try {
      await adapter.process(req, res, (context) => handler.run(context));
    } catch (error) {
      logger.error({ err: describeError(error) }, 'Teams activity failed');
      if (!res.headersSent) res.status(500).json({ error: 'the activity could not be processed' });
    }
  };

  // Errors before processActivity: the JSON parser's (with a 4xx status and a type), or a bug.
  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    const given = Number(error?.status ?? error?.statusCode);
    const status = given >= 400 && given < 500 ? given : 500;
    const reason =
      PARSER_ERRORS[String(error?.type)] ?? (status < 500 ? 'bad request' : 'internal error');
    logger.warn({ status, err: describeError(error) }, 'Teams request refused');
    if (!res.headersSent) res.status(status).json({ error: reason });
  };

  const anonymous = decision.mode === 'anonymous-dev';
  app.post(
    TEAMS_ROUTE,
    // Anonymous: callers through a tunnel look local, so what they send with them decides.
    ...(anonymous ? [localRequestsOnly(logger)] : []),
    // The token check first: a request without a valid token is refused before its body is read.
    createTokenCheck({ adapter, connection, logger }),
    express.json({ limit: TEAMS_LIMITS.maxRequestBody }),
    (req: Request, res: Response) => {
      const work = processActivity(req, res);
      deps.track?.(work);
      return work;
    },
    onError,
  );
  const log = anonymous ? logger.warn.bind(logger) : logger.info.bind(logger);
  log(decision, `Teams endpoint listening on POST ${TEAMS_ROUTE}`);
  return decision;
}
