import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';

/** Tokens Bolt might print inside a debug string, where pino's key-based redaction cannot reach. */
const SECRETS = [
  [/\b(xox[a-z]|xapp)-[A-Za-z0-9-]+/g, '$1-[redacted]'],
  [/"token":"[^"]*"/g, '"token":"[redacted]"'],
] as const;

function scrub(text: string): string {
  return SECRETS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

function levelOf(logger: Logger): LogLevel {
  const level = logger.level;
  if (level === 'debug' || level === 'trace') return LogLevel.DEBUG;
  if (level === 'info') return LogLevel.INFO;
  if (level === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
}

/** Bolt's and the Web API client's logs as pino lines (component "slack"), secrets scrubbed. */
export function toBoltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack' });
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...parts: unknown[]): void => {
      if (!child.isLevelEnabled(level)) return;
      const error = parts.find((p): p is Error => p instanceof Error);
      const text = parts
        .filter((p) => !(p instanceof Error))
        .map((p) => (typeof p === 'string' ? p : JSON.stringify(p)))
        .join(' ');
      child[level](
        error ? { err: { name: error.name, message: scrub(error.message) } } : {},
        scrub(text),
      );
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: () => {},
    getLevel: () => levelOf(child),
    setName: () => {},
  };
}
