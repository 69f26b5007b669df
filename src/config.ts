import { z } from 'zod';
import { formatPath } from './core/dataset/validate-dataset.js';
import { EucanbotError } from './core/errors.js';

const optional = z.string().optional();

/**
 * Every environment variable eucanbot reads. This schema is the single source of the config
 * type; `.env.example` lists exactly these names (a test checks it).
 */
export const EnvSchema = z.object({
  EUCANBOT_DATA: optional.describe('Path of the dataset JSON file.'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});
export type Env = z.infer<typeof EnvSchema>;

/** Typed configuration passed down from the entry point. */
export interface Config {
  dataPath: string | undefined;
  logLevel: Env['LOG_LEVEL'];
}

/** Empty variables count as unset, as in most twelve-factor tools. */
function dropEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env))
    if (value !== undefined && value.trim() !== '') out[key] = value;
  return out;
}

/** Validates the environment once; a bad variable stops the start with its name. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = EnvSchema.safeParse(dropEmpty(env));
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
  return { dataPath: parsed.data.EUCANBOT_DATA, logLevel: parsed.data.LOG_LEVEL };
}
