import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { EucanbotError } from '../../core/errors.js';

/**
 * The schema's history, in code so that the CLI bundle carries it. Append a migration, never
 * edit one that has shipped: Kysely's Migrator runs each once per database, in name order.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001-questions-and-feedback': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('questions')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('asked_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('surface', 'varchar(32)', (c) => c.notNull())
        .addColumn('asker', 'varchar(64)', (c) => c.notNull())
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('intent', 'varchar(32)', (c) => c.notNull())
        .addColumn('understood', 'text', (c) => c.notNull())
        .addColumn('unexplained', 'text', (c) => c.notNull())
        .addColumn('confidence', 'double precision', (c) => c.notNull())
        .addColumn('partners', 'text', (c) => c.notNull())
        .addColumn('message_key', 'varchar(64)')
        .execute();
      await db.schema
        .createIndex('questions_asked_at')
        .on('questions')
        .column('asked_at')
        .execute();
      await db.schema
        .createIndex('questions_message_key')
        .on('questions')
        .column('message_key')
        .execute();
      await db.schema
        .createTable('feedback')
        .addColumn('answer_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('asker', 'varchar(64)', (c) => c.notNull())
        .addColumn('reaction', 'varchar(8)', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('given_at', 'varchar(32)', (c) => c.notNull())
        // Once per person and answer: a second click updates this row (see queries.ts).
        .addPrimaryKeyConstraint('feedback_once', ['answer_id', 'asker'])
        .execute();
      await db.schema.createIndex('feedback_given_at').on('feedback').column('given_at').execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the database to the latest schema; a failure names the migration and the cause. */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<void> {
  const migrator = new Migrator({
    // Migrations see the database untyped: they run before the tables they create exist.
    db: db as unknown as Kysely<unknown>,
    provider,
    migrationTableName: 'question_log_migrations',
    migrationLockTableName: 'question_log_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'the migrations';
  const reason = error instanceof Error ? error.message : String(error);
  throw new EucanbotError(
    'PLATFORM_ERROR',
    `The question log's database could not be prepared (${failed}): ${reason}`,
    { cause: error },
  );
}
