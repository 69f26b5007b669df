/** Machine-readable error categories, one per way eucanbot can refuse to start or serve. */
export type EucanbotErrorCode =
  | 'CONFIG_INVALID'
  | 'DATASET_INVALID'
  | 'DATASET_UNREADABLE'
  | 'USAGE'
  | 'PLATFORM_ERROR';

/** The one error class eucanbot throws; `message` is written for the person who must fix it. */
export class EucanbotError extends Error {
  override readonly name = 'EucanbotError';
  readonly code: EucanbotErrorCode;
  /** Each located problem, e.g. `partners[5].country: must not be empty`. */
  readonly details: readonly string[];

  constructor(
    code: EucanbotErrorCode,
    message: string,
    options: { cause?: unknown; details?: readonly string[] } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details ?? [];
  }
}
