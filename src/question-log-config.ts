import { z } from 'zod';

/** Where the embedded question log lives unless QUESTION_LOG_FILE says otherwise: beside `.env`. */
export const DEFAULT_QUESTION_LOG_FILE = 'eucanbot-questions.sqlite';

/**
 * Shortest QUESTION_LOG_SECRET accepted: 32 characters, as long as a SHA-256 key needs to carry
 * its 256 bits when written in hex (RFC 2104 advises a key no shorter than the hash output).
 */
const MIN_SECRET_LENGTH = 32;

/** The question log's environment variables (see README, "Privacy"). */
export const QuestionLogEnvSchema = z.object({
  QUESTION_LOG: z.enum(['on', 'off'], { error: 'must be "on" or "off"' }).default('on'),
  QUESTION_LOG_FILE: z.string().trim().optional(),
  DATABASE_URL: z
    .url({
      protocol: /^postgres(ql)?$/,
      error: 'must be a PostgreSQL URL such as postgres://user:password@host:5432/eucanbot',
    })
    .optional(),
  QUESTION_LOG_SECRET: z
    .string()
    .min(
      MIN_SECRET_LENGTH,
      `must be at least ${MIN_SECRET_LENGTH} characters (try: openssl rand -hex 32)`,
    )
    .optional(),
  QUESTION_LOG_RETENTION_DAYS: z
    .string()
    .regex(/^\d+$/, 'must be a whole number of days, at least 1')
    .transform(Number)
    .pipe(z.number().min(1, 'must be a whole number of days, at least 1').max(36_500))
    .default(90),
  QUESTION_LOG_TERMINAL: z.enum(['on', 'off'], { error: 'must be "on" or "off"' }).default('off'),
});
type QuestionLogEnv = z.infer<typeof QuestionLogEnvSchema>;

/** The question log's settings, or undefined when QUESTION_LOG=off. */
export function toQuestionLogConfig(env: QuestionLogEnv) {
  if (env.QUESTION_LOG === 'off') return undefined;
  return {
    /** PostgreSQL when set (several replicas share it); else the embedded SQLite file. */
    databaseUrl: env.DATABASE_URL,
    file: env.QUESTION_LOG_FILE ?? DEFAULT_QUESTION_LOG_FILE,
    /** Undefined: a random key for this process only (see asker-key.ts). */
    secret: env.QUESTION_LOG_SECRET,
    retentionDays: env.QUESTION_LOG_RETENTION_DAYS,
    /** Whether the terminal chat's questions are recorded too. */
    terminal: env.QUESTION_LOG_TERMINAL === 'on',
  };
}

/** The question log's settings as the services receive them; derived from the schema above. */
export type QuestionLogConfig = NonNullable<ReturnType<typeof toQuestionLogConfig>>;
