import { z } from 'zod';
import { formatPath } from './core/dataset/validate-dataset.js';
import { EucanbotError } from './core/errors.js';
import { trimChars } from './core/text/trim.js';
import { type Identity, IdentityEnvSchema, toIdentity } from './identity-config.js';
import {
  type QuestionLogConfig,
  QuestionLogEnvSchema,
  toQuestionLogConfig,
} from './question-log-config.js';
import {
  findSlackEnvProblems,
  type SlackConfig,
  SlackEnvSchema,
  toSlackConfig,
} from './slack-config.js';
import { findTeamsEnvProblems } from './teams-config.js';

const optional = z.string().optional();

/**
 * A whole number from `min` to `max` written in decimal digits only: z.coerce would pass the
 * text to Number(), which also reads "0x50", "1e3", "+80" and " 80 " as numbers.
 */
function decimalInteger(message: string, min: number, max = Number.MAX_SAFE_INTEGER) {
  return z
    .string()
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message));
}

/**
 * Every environment variable eucanbot reads. This schema is the single source of the config
 * type; `.env.example` lists exactly these names (a test checks it).
 */
export const EnvSchema = z.object({
  EUCANBOT_DATA: optional.describe('Path of the dataset JSON file.'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      error: 'must be development, production or test',
    })
    // Unset means development, as in Express; production switches anonymous Teams off.
    .default('development'),
  HOST: z.string().trim().default('127.0.0.1').describe('Interface the server listens on.'),
  PORT: decimalInteger('must be a port number from 1 to 65535', 1, 65535).default(3978),
  RATE_LIMIT_PER_MINUTE: decimalInteger('must be a whole number of questions, 0 for no limit', 0)
    .default(20)
    .describe('Questions one person may ask per minute; 0 turns the limit off.'),
  CONVERSATION_TTL_MINUTES: decimalInteger(
    'must be a whole number of minutes, 0 to turn follow-ups off',
    0,
  )
    .default(30)
    .describe('Minutes of silence after which a conversation forgets its context; 0 = off.'),
  REDIS_URL: z
    .url({
      protocol: /^rediss?$/,
      hostname: /./,
      error: 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379/0',
    })
    .optional()
    .describe('Redis shared by several replicas (de-duplication, rate limits, conversations).'),
  ...IdentityEnvSchema.shape,
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://bot.example.org' })
    .optional()
    .describe(
      'Where people reach this server, e.g. https://bot.example.org: the directory page, the Teams tab and the Slack Home button link there.',
    ),
  ...SlackEnvSchema.shape,
  TEAMS_APP_ID: z
    .guid({ error: "must be the Azure Bot's Microsoft App ID, a GUID" })
    .optional()
    .describe('Microsoft App ID of the Azure Bot; setting it turns on token validation for Teams.'),
  TEAMS_APP_PASSWORD: optional.describe('Client secret of the Azure Bot app registration.'),
  TEAMS_TENANT_ID: optional.describe('Directory (tenant) ID, for a single-tenant Azure Bot.'),
  TEAMS_DEV_ANONYMOUS: z
    .enum(['true', 'false'], { error: 'must be "true" or "false"' })
    .default('false')
    .describe(
      'Runs /api/messages without authentication, for local development only (Agents Playground).',
    ),
  ...QuestionLogEnvSchema.shape,
});
export type Env = z.infer<typeof EnvSchema>;

/** Typed configuration passed down from the entry point. */
export interface Config {
  dataPath: string | undefined;
  logLevel: Env['LOG_LEVEL'];
  nodeEnv: Env['NODE_ENV'];
  /** Where `eucanbot serve` listens. */
  host: string;
  port: number;
  /** Questions one person may ask in any minute before a polite refusal; 0 = no limit. */
  rateLimitPerMinute: number;
  /** Minutes a conversation keeps its context for follow-ups after its last question; 0 = off. */
  conversationTtlMinutes: number;
  /** Redis for the stores replicas share; undefined keeps them in this process's memory. */
  redisUrl: string | undefined;
  /** The bot's name and Slack command (BOT_NAME, SLACK_COMMAND). */
  identity: Identity;
  /** PUBLIC_URL without a trailing slash; undefined when unset (no links to the directory). */
  publicUrl: string | undefined;
  /** Undefined when Slack is off (no SLACK_BOT_TOKEN). */
  slack: SlackConfig | undefined;
  /** Azure Bot credentials for Teams; without an app ID the endpoint is local-development only. */
  teams: {
    appId: string | undefined;
    appPassword: string | undefined;
    tenantId: string | undefined;
    /** TEAMS_DEV_ANONYMOUS=true: no token checks, on loopback only, an explicit choice. */
    devAnonymous: boolean;
  };
  /** The question log (see README, "Privacy"); undefined when QUESTION_LOG=off. */
  questionLog: QuestionLogConfig | undefined;
}

/** Empty variables count as unset, as in most twelve-factor tools. */
function dropEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env))
    if (value !== undefined && value.trim() !== '') out[key] = value;
  return out;
}

/** The schema plus the rules that span variables, each naming the variable to set. */
const CheckedEnvSchema = EnvSchema.superRefine((env, ctx) => {
  for (const { path, message } of findSlackEnvProblems(env))
    ctx.addIssue({ code: 'custom', path: [path], message });
  for (const { path, message } of findTeamsEnvProblems(env))
    ctx.addIssue({ code: 'custom', path: [path], message });
});

/** Validates the environment once; a bad variable stops the start with its name. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = CheckedEnvSchema.safeParse(dropEmpty(env));
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
    throw new EucanbotError(
      'CONFIG_INVALID',
      `Invalid configuration:\n${details.map((d) => `  - ${d}`).join('\n')}`,
      {
        cause: parsed.error,
        details,
      },
    );
  }
  return {
    dataPath: parsed.data.EUCANBOT_DATA,
    logLevel: parsed.data.LOG_LEVEL,
    nodeEnv: parsed.data.NODE_ENV,
    host: parsed.data.HOST,
    port: parsed.data.PORT,
    rateLimitPerMinute: parsed.data.RATE_LIMIT_PER_MINUTE,
    conversationTtlMinutes: parsed.data.CONVERSATION_TTL_MINUTES,
    redisUrl: parsed.data.REDIS_URL,
    identity: toIdentity(parsed.data),
    publicUrl:
      parsed.data.PUBLIC_URL === undefined
        ? undefined
        : trimChars(parsed.data.PUBLIC_URL, '/', 'end'),
    slack: toSlackConfig(parsed.data),
    teams: {
      appId: parsed.data.TEAMS_APP_ID,
      appPassword: parsed.data.TEAMS_APP_PASSWORD,
      tenantId: parsed.data.TEAMS_TENANT_ID,
      devAnonymous: parsed.data.TEAMS_DEV_ANONYMOUS === 'true',
    },
    questionLog: toQuestionLogConfig(parsed.data),
  };
}
