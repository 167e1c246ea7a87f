import { z } from 'zod';

/** Every way a call can fail, as seen by the caller. */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'forbidden',
  'bad_file',
  'unavailable',
  'internal',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The structured error every transport returns: what went wrong and where. */
export const ApiErrorShape = z.object({
  code: ErrorCode,
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  details: z.unknown().optional(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

/** An error a service throws on purpose; transports turn it into `ApiErrorShape`. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly path: (string | number)[];
  readonly details: unknown;

  constructor(
    code: ErrorCode,
    message: string,
    options: { path?: (string | number)[]; details?: unknown } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.path = options.path ?? [];
    this.details = options.details;
  }

  /** The plain-data form that crosses a transport. */
  toShape(): ApiErrorShape {
    const shape: ApiErrorShape = { code: this.code, message: this.message, path: this.path };
    if (this.details !== undefined) shape.details = this.details;
    return shape;
  }

  /** Rebuilds an ApiError on the calling side. */
  static fromShape(shape: ApiErrorShape): ApiError {
    return new ApiError(shape.code, shape.message, { path: shape.path, details: shape.details });
  }
}

/** Whether a value is an ApiError with the given code. */
export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** A readable one-line message from zod issues: "metadata.title: Too long". */
export function describeZodError(error: z.ZodError): {
  message: string;
  path: (string | number)[];
} {
  const first = error.issues[0];
  if (!first) return { message: 'Invalid input', path: [] };
  const path = first.path.filter((part): part is string | number => typeof part !== 'symbol');
  const where = path.length ? `${path.join('.')}: ` : '';
  const readable = READABLE_ISSUES[first.code]?.(first as never);
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return { message: `${where}${readable ?? first.message}${more}`, path };
}

type Issue = z.core.$ZodIssue;
type SizeIssue = { origin: string; maximum?: number | bigint };

const UNITS: Record<string, string> = { string: 'characters', array: 'items', set: 'items' };

/** zod's default wording ("Too big: expected string to have <=500 characters") said plainly. */
const READABLE_ISSUES: Partial<Record<Issue['code'], (issue: SizeIssue) => string | undefined>> = {
  too_big: ({ origin, maximum }) =>
    UNITS[origin] ? `too long (at most ${String(maximum)} ${UNITS[origin]})` : undefined,
};
