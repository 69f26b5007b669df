import type { QuestionLogDb, QuestionLogTables } from './database.js';
import type { FeedbackRow, QuestionRow } from './entry.js';

type QuestionRecord = QuestionLogTables['questions'];

/** A question as its table row: lists as JSON text. */
function toRecord(row: QuestionRow): QuestionRecord {
  return {
    id: row.id,
    asked_at: row.askedAt,
    surface: row.surface,
    asker: row.asker,
    question: row.question,
    intent: row.intent,
    understood: JSON.stringify(row.understood),
    unexplained: JSON.stringify(row.unexplained),
    confidence: row.confidence,
    partners: JSON.stringify(row.partners),
    message_key: row.messageKey,
  };
}

/** Rows per INSERT: within SQLite's 32,766 bound parameters at 11 columns a row. */
const INSERT_CHUNK = 500;

/** Writes questions and then feedback in one transaction; feedback may name a question in it. */
export async function writeBatch(
  db: QuestionLogDb,
  questions: readonly QuestionRow[],
  feedback: readonly (FeedbackRow | (Omit<FeedbackRow, 'answerId'> & { messageKey: string }))[],
): Promise<{ unmatched: number }> {
  let unmatched = 0;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < questions.length; i += INSERT_CHUNK)
      await trx
        .insertInto('questions')
        .values(questions.slice(i, i + INSERT_CHUNK).map(toRecord))
        // A row written by a flush whose commit was reported lost is not written twice.
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    for (const item of feedback) {
      const answerId = 'answerId' in item ? item.answerId : await answerOfMessage(trx, item);
      if (answerId === undefined) {
        unmatched += 1;
        continue;
      }
      await trx
        .insertInto('feedback')
        .values({
          answer_id: answerId,
          asker: item.asker,
          reaction: item.reaction,
          comment: item.comment,
          given_at: item.givenAt,
        })
        // One row per person and answer: a changed click replaces the reaction (and the comment,
        // unless the new click has none).
        .onConflict((oc) =>
          oc.columns(['answer_id', 'asker']).doUpdateSet((eb) => ({
            reaction: eb.ref('excluded.reaction'),
            comment: eb.fn.coalesce('excluded.comment', 'feedback.comment'),
            given_at: eb.ref('excluded.given_at'),
          })),
        )
        .execute();
    }
  });
  return { unmatched };
}

async function answerOfMessage(
  db: QuestionLogDb,
  item: { messageKey: string },
): Promise<string | undefined> {
  const row = await db
    .selectFrom('questions')
    .select('id')
    .where('message_key', '=', item.messageKey)
    .executeTakeFirst();
  return row?.id;
}

/** Deletes questions (and their feedback) and feedback older than `before` (ISO 8601). */
export async function purgeBefore(
  db: QuestionLogDb,
  before: string,
): Promise<{ questions: number; feedback: number }> {
  return db.transaction().execute(async (trx) => {
    const old = trx.selectFrom('questions').select('id').where('asked_at', '<', before);
    const feedback = await trx
      .deleteFrom('feedback')
      .where((eb) => eb.or([eb('given_at', '<', before), eb('answer_id', 'in', old)]))
      .executeTakeFirst();
    const questions = await trx
      .deleteFrom('questions')
      .where('asked_at', '<', before)
      .executeTakeFirst();
    return {
      questions: Number(questions.numDeletedRows),
      feedback: Number(feedback.numDeletedRows),
    };
  });
}

/** A question with its feedback, as the report reads it. */
export interface LoggedQuestion extends QuestionRow {
  feedback: { asker: string; reaction: string; comment: string | null }[];
}

/** Every question asked since `since` (ISO 8601), oldest first, with its feedback. */
export async function readSince(db: QuestionLogDb, since: string): Promise<LoggedQuestion[]> {
  const rows = await db
    .selectFrom('questions')
    .selectAll()
    .where('asked_at', '>=', since)
    .orderBy('asked_at')
    .orderBy('id')
    .execute();
  const feedback = await db
    .selectFrom('feedback')
    .innerJoin('questions', 'questions.id', 'feedback.answer_id')
    .select(['feedback.answer_id', 'feedback.asker', 'feedback.reaction', 'feedback.comment'])
    .where('questions.asked_at', '>=', since)
    .execute();
  const byAnswer = new Map<string, LoggedQuestion['feedback']>();
  for (const f of feedback)
    byAnswer.set(f.answer_id, [
      ...(byAnswer.get(f.answer_id) ?? []),
      { asker: f.asker, reaction: f.reaction, comment: f.comment },
    ]);
  return rows.map((r) => ({
    id: r.id,
    askedAt: r.asked_at,
    surface: r.surface as QuestionRow['surface'],
    asker: r.asker,
    question: r.question,
    intent: r.intent,
    understood: JSON.parse(r.understood) as QuestionRow['understood'],
    unexplained: JSON.parse(r.unexplained) as string[],
    confidence: Number(r.confidence),
    partners: JSON.parse(r.partners) as string[],
    messageKey: r.message_key,
    feedback: byAnswer.get(r.id) ?? [],
  }));
}
