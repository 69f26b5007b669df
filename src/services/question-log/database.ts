import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';

/**
 * The question log's tables as Kysely sees them. Times are ISO 8601 text and lists JSON text on
 * both dialects, so that every query is the same on SQLite and PostgreSQL.
 */
export interface QuestionLogTables {
  questions: {
    id: string;
    asked_at: string;
    surface: string;
    asker: string;
    question: string;
    intent: string;
    understood: string;
    unexplained: string;
    confidence: number;
    partners: string;
    message_key: string | null;
  };
  feedback: {
    answer_id: string;
    asker: string;
    reaction: string;
    comment: string | null;
    given_at: string;
  };
}

/** A database handle of the question log. */
export type QuestionLogDb = Kysely<QuestionLogTables>;

/** Where the log is: the embedded file, or a PostgreSQL server. */
export type LogLocation = { file: string } | { databaseUrl: string };

/**
 * How long a write waits for SQLite's lock before failing (busy_timeout). Short: the log is
 * written off the reply path, and a locked file is retried at the next flush.
 */
const SQLITE_BUSY_MS = 1000;
/** Connections to PostgreSQL: one flush at a time writes, and the report reads alone. */
const PG_POOL_SIZE = 2;
/** A PostgreSQL server that does not answer fails the flush rather than holding it. */
const PG_TIMEOUT_MS = 5000;

/**
 * Opens the database. better-sqlite3 and pg are loaded here only, so that `eucanbot ask` never
 * loads them. The SQLite file's folder is created; WAL lets the report read while serve writes.
 */
/**
 * Both drivers are CommonJS packages, required here rather than imported: the CLI runs as a
 * CommonJS bundle compiled through vm.Script (src/cli/launch.ts), where a dynamic import() has
 * no loader to call, while a require from this file's URL resolves the same way from source and
 * from the bundle.
 */
const requireDriver = createRequire(import.meta.url);

export async function openDatabase(location: LogLocation): Promise<QuestionLogDb> {
  if ('databaseUrl' in location) {
    const pg = requireDriver('pg') as typeof import('pg');
    const pool = new pg.Pool({
      connectionString: location.databaseUrl,
      max: PG_POOL_SIZE,
      connectionTimeoutMillis: PG_TIMEOUT_MS,
      query_timeout: PG_TIMEOUT_MS,
    });
    // An idle client that loses its server emits 'error'; the next query reports it instead.
    pool.on('error', () => undefined);
    return new Kysely({ dialect: new PostgresDialect({ pool }) });
  }
  const Database = requireDriver('better-sqlite3') as typeof import('better-sqlite3');
  mkdirSync(path.dirname(path.resolve(location.file)), { recursive: true });
  const sqlite = new Database(location.file, { timeout: SQLITE_BUSY_MS });
  sqlite.pragma('journal_mode = WAL');
  // Deleted rows (purged, erased) are overwritten, not left in free pages of the file.
  sqlite.pragma('secure_delete = ON');
  return new Kysely({ dialect: new SqliteDialect({ database: sqlite }) });
}

/** Where the log is, for messages: the file, or the server without its credentials. */
export function describeLocation(location: LogLocation): string {
  if ('file' in location) return location.file;
  try {
    const url = new URL(location.databaseUrl);
    return `postgres://${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

/**
 * After an erase: SQLite's write-ahead log still holds the old pages until a checkpoint, so one
 * is forced and the log truncated. PostgreSQL's autovacuum reclaims deleted rows by itself.
 */
export async function checkpointAfterErase(db: QuestionLogDb, location: LogLocation) {
  if ('file' in location) await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
}
