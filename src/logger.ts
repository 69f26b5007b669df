import { pino } from 'pino';

/** Structured logger: one JSON line per event. Secrets never go in; question text only at debug. */
export type Logger = pino.Logger;

/** Creates the process logger writing JSON lines to stderr (stdout stays free for the CLI). */
export function createLogger(
  level: 'debug' | 'info' | 'warn' | 'error',
  destination: pino.DestinationStream = pino.destination(2),
): Logger {
  return pino(
    {
      level,
      base: { app: 'eucanbot' },
      // Defence in depth: even if a credential ends up in a logged object, it is masked.
      redact: {
        paths: [
          'token',
          'password',
          'secret',
          '*.token',
          '*.password',
          '*.secret',
          'headers.authorization',
          'req.headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
