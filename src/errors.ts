/**
 * The one registry of errors dyad reports. Every message names the input it is about and says what is wrong.
 */
export const ERRORS = {
  EMPTY_TEXT: (input: string) => `${input}: the text is empty`,
  BINARY_TEXT: (input: string) => `${input}: the text looks binary (control bytes), not an article`,
  BAD_ENCODING: (input: string) =>
    `${input}: the text is not valid UTF-8 (too many undecodable bytes); convert it to UTF-8 first`,
  TOO_LARGE: (input: string, size: number, limit: number) =>
    `${input}: the text has ${size} characters, over the limit of ${limit}`,
  NOT_TEXT: (input: string) => `${input}: "text" must be a string`,
  BAD_DATE: (input: string, value: string) =>
    `${input}: publication date ${JSON.stringify(value)} is not a valid YYYY-MM-DD date`,
  UNKNOWN_LANGUAGE: (input: string) =>
    `${input}: the text does not look like English; dyad reads English news only`,
  MALFORMED_HTML: (input: string) => `${input}: the HTML holds no readable article text`,
  BAD_JSON: (input: string, detail: string) => `${input}: not a JSON object (${detail})`,
  MISSING_FIELD: (input: string, field: string) => `${input}: missing "${field}"`,
  READ_FAILED: (input: string, detail: string) => `${input}: cannot be read (${detail})`,
  BAD_ARGUMENT: (detail: string) => detail,
  INTERNAL: (detail: string) => `dyad internal error: ${detail}`,
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class DyadError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'DyadError';
    this.code = code;
  }
}

/** Builds the error for `code` with its registered message. */
export function dyadError<C extends ErrorCode>(code: C, ...args: Parameters<(typeof ERRORS)[C]>): DyadError {
  const make = ERRORS[code] as (...a: Parameters<(typeof ERRORS)[C]>) => string;
  return new DyadError(code, make(...args));
}
