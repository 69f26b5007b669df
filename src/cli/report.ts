import { existsSync } from 'node:fs';
import type { Config } from '../config.js';
import type { Bot } from '../core/create-bot.js';
import { EucanbotError } from '../core/errors.js';
import {
  checkpointAfterErase,
  describeLocation,
  type LogLocation,
  openDatabase,
} from '../services/question-log/database.js';
import { migrateToLatest } from '../services/question-log/migrations.js';
import { purgeBefore, readSince } from '../services/question-log/queries.js';
import { logLocation } from '../services/question-log/question-log.js';
import { buildReport } from '../services/question-log/report/build-report.js';
import {
  formatReport,
  REPORT_FORMATS,
  type ReportFormat,
} from '../services/question-log/report/format-report.js';
import { type CliIo, writeLine } from './io.js';

const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

function usage(message: string): EucanbotError {
  return new EucanbotError('USAGE', message);
}

/** `--since 30d` (hours, days, weeks) or a date, as the ISO instant it stands for. */
export function parseSince(since: string, now: Date = new Date()): string {
  const relative = /^(\d+)([hdw])$/.exec(since.trim());
  if (relative) {
    const ms = Number(relative[1]) * UNIT_MS[relative[2] as keyof typeof UNIT_MS];
    return new Date(now.getTime() - ms).toISOString();
  }
  return parseDate(since, '--since');
}

/** A date (2025-01-31) or an instant, as ISO; a usage error naming the flag otherwise. */
function parseDate(text: string, flag: string): string {
  const date = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text.trim())
    ? new Date(text.trim())
    : undefined;
  if (date === undefined || Number.isNaN(date.getTime()))
    throw usage(
      `${flag} must be a date such as 2025-01-31${flag === '--since' ? ', or 30d, 12h, 2w' : ''} (got "${text}")`,
    );
  return date.toISOString();
}

/** The log's database, or an error saying why there is none to read. */
async function openForReading(config: Config) {
  if (config.questionLog === undefined)
    throw new EucanbotError(
      'CONFIG_INVALID',
      'The question log is off (QUESTION_LOG=off): there is nothing to read.',
    );
  const location: LogLocation = logLocation(config.questionLog);
  if ('file' in location && !existsSync(location.file)) return { location, db: undefined };
  const db = await openDatabase(location);
  await migrateToLatest(db);
  return { location, db };
}

/** `eucanbot report`: what people asked, what was refused and disliked, and what to add. */
export async function runReport(
  bot: Bot,
  config: Config,
  options: { since: string | undefined; format: string | undefined },
  io: CliIo,
): Promise<number> {
  const format = (options.format ?? 'text') as ReportFormat;
  if (!REPORT_FORMATS.includes(format))
    throw usage(`--format must be one of ${REPORT_FORMATS.join(', ')} (got "${options.format}")`);
  const since = parseSince(options.since ?? '30d');
  const { location, db } = await openForReading(config);
  try {
    const questions = db ? await readSince(db, since) : [];
    if (!db) writeLine(io.stderr, `eucanbot: no question log at ${describeLocation(location)} yet`);
    writeLine(io.stdout, formatReport(buildReport(questions, bot, since), format));
    return 0;
  } finally {
    await db?.destroy();
  }
}

/** `eucanbot log erase [--before DATE]`: deletes questions and feedback, all or older ones. */
export async function runLogErase(
  config: Config,
  options: { before: string | undefined },
  io: CliIo,
): Promise<number> {
  // An instant after every entry: without --before, everything goes.
  const before =
    options.before === undefined
      ? '9999-12-31T23:59:59.999Z'
      : parseDate(options.before, '--before');
  const { location, db } = await openForReading(config);
  if (!db) {
    writeLine(io.stdout, `No question log at ${describeLocation(location)}: nothing to erase.`);
    return 0;
  }
  try {
    const deleted = await purgeBefore(db, before);
    await checkpointAfterErase(db, location);
    const when = options.before === undefined ? '' : ` from before ${before}`;
    writeLine(
      io.stdout,
      `Erased ${deleted.questions} questions and ${deleted.feedback} feedback entries${when} from ${describeLocation(location)}.`,
    );
    return 0;
  } finally {
    await db.destroy();
  }
}
