/** The platform-neutral core: dataset schema, validation and the answering function. */
export { type Bot, createBot } from './create-bot.js';
export {
  type DatasetProblem,
  findDatasetProblems,
  parseDataset,
} from './dataset/validate-dataset.js';
export { EucanbotError, type EucanbotErrorCode } from './errors.js';
export { Answer, AnswerPartner, AnswerWorkPackage, Intent, Suggestion } from './schema/answer.js';
export { Dataset, KIND_LABELS, Partner, Role, WorkPackage } from './schema/dataset.js';
export { MAX_QUESTION_LENGTH } from './understand/parse-question.js';
