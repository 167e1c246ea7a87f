import { ZodError, type z } from 'zod';
import { ApiError, type ApiErrorShape, describeZodError } from './errors';
import { MAX_INPUT_DEPTH, tooDeepAt } from './input-depth';

/** One method of the contract: what it takes and what it returns. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** One line for humans: shown in docs and error messages. */
  summary: string;
}

/** The contract: namespace → method name → spec. */
export type ContractSpec = Record<string, Record<string, MethodSpec>>;

/** Declares one method; keeps the zod types precise. */
export function method<I extends z.ZodType, O extends z.ZodType>(
  spec: MethodSpec<I, O>,
): MethodSpec<I, O> {
  return spec;
}

/** "namespace.method" for every method in a contract. */
export type MethodName<C extends ContractSpec> = {
  [N in keyof C & string]: `${N}.${keyof C[N] & string}`;
}[keyof C & string];

/** What travels back over any transport: a value or a structured error. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/** The typed API a caller sees: every method returns a promise of its output, or throws ApiError. */
export type ClientOf<C extends ContractSpec> = {
  [N in keyof C]: {
    [M in keyof C[N]]: (input: z.input<C[N][M]['input']>) => Promise<z.output<C[N][M]['output']>>;
  };
};

/** The same API with errors as data: what the preload bridge exposes. */
export type BridgeOf<C extends ContractSpec> = {
  [N in keyof C]: {
    [M in keyof C[N]]: (
      input: z.input<C[N][M]['input']>,
    ) => Promise<Envelope<z.output<C[N][M]['output']>>>;
  };
};

/** What services implement: one function per method, taking validated input. */
export type HandlersOf<C extends ContractSpec> = {
  [N in keyof C]: {
    [M in keyof C[N]]: (
      input: z.output<C[N][M]['input']>,
    ) => Promise<z.input<C[N][M]['output']>> | z.input<C[N][M]['output']>;
  };
};

/** A transport sends one call and resolves with its envelope. */
export type Transport = (method: string, input: unknown) => Promise<Envelope<unknown>>;

/** Every method of a contract as [namespace, method, spec] triples. */
export function listMethods(contract: ContractSpec): [string, string, MethodSpec][] {
  return Object.entries(contract).flatMap(([namespace, methods]) =>
    Object.entries(methods).map(([name, spec]): [string, string, MethodSpec] => [
      namespace,
      name,
      spec,
    ]),
  );
}

/** Builds the errors-as-data bridge for a contract over a transport. */
export function makeBridge<C extends ContractSpec>(contract: C, transport: Transport): BridgeOf<C> {
  const bridge: Record<string, Record<string, (input: unknown) => Promise<Envelope<unknown>>>> = {};
  for (const [namespace, name] of listMethods(contract)) {
    bridge[namespace] ??= {};
    bridge[namespace][name] = (input) => transport(`${namespace}.${name}`, input);
  }
  return bridge as BridgeOf<C>;
}

/** Builds the throwing client from a bridge: unwraps values, rethrows errors as ApiError. */
export function clientFromBridge<C extends ContractSpec>(
  contract: C,
  bridge: BridgeOf<C>,
): ClientOf<C> {
  const raw = bridge as Record<
    string,
    Record<string, (input: unknown) => Promise<Envelope<unknown>>>
  >;
  const client: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const [namespace, name] of listMethods(contract)) {
    client[namespace] ??= {};
    client[namespace][name] = async (input) => {
      const call = raw[namespace]?.[name];
      if (!call) throw new ApiError('internal', `The bridge has no method ${namespace}.${name}.`);
      const envelope = await call(input);
      if (envelope.ok) return envelope.value;
      throw ApiError.fromShape(envelope.error);
    };
  }
  return client as ClientOf<C>;
}

/** Options of a dispatcher. */
export interface DispatchOptions {
  /** Also validate what handlers return (tests turn this on; it costs time on large drafts). */
  validateOutput?: boolean;
  /** Names errors the host recognises (a busy or full disk, say); undefined leaves them internal. */
  translateError?: (error: unknown) => ApiError | undefined;
  /** Called with unexpected errors, so the host can log them. */
  onUnexpectedError?: (method: string, error: unknown) => void;
}

/** A function that runs one call by name and always resolves with an envelope. */
export type Dispatcher = (method: string, input: unknown) => Promise<Envelope<unknown>>;

/**
 * The one place where calls enter the services: looks the method up, validates the
 * input with the contract's schema, runs the handler and wraps the result. Every
 * transport (IPC, HTTP, in-memory) is this function plus a way to carry bytes.
 */
export function makeDispatcher<C extends ContractSpec>(
  contract: C,
  handlers: HandlersOf<C>,
  options: DispatchOptions = {},
): Dispatcher {
  const table = new Map<string, { spec: MethodSpec; run: (input: unknown) => unknown }>();
  const raw = handlers as Record<string, Record<string, (input: unknown) => unknown>>;
  for (const [namespace, name, spec] of listMethods(contract)) {
    const run = raw[namespace]?.[name];
    if (!run) throw new Error(`No handler for ${namespace}.${name}`);
    table.set(`${namespace}.${name}`, { spec, run: run.bind(raw[namespace]) });
  }

  return async (methodName, input) => {
    const entry = table.get(methodName);
    if (!entry) {
      return failure(new ApiError('not_found', `There is no method called "${methodName}".`));
    }
    try {
      const deepAt = tooDeepAt(input);
      if (deepAt) throw tooDeep(deepAt);
      // Inside the try: a schema check that throws is still an answer about the input.
      const parsed = entry.spec.input.safeParse(input);
      if (!parsed.success) {
        const { message, path } = describeZodError(parsed.error);
        return failure(new ApiError('invalid_input', message, { path }));
      }
      let value = await entry.run(parsed.data);
      if (options.validateOutput) {
        const checked = entry.spec.output.safeParse(value);
        if (!checked.success) {
          const { message, path } = describeZodError(checked.error);
          throw new Error(`${methodName} returned bad output: ${message} at ${path.join('.')}`);
        }
        value = checked.data;
      }
      return { ok: true, value };
    } catch (error) {
      if (error instanceof ApiError) return failure(error);
      const known = asInputError(error) ?? options.translateError?.(error);
      if (known) return failure(known);
      options.onUnexpectedError?.(methodName, error);
      const detail = error instanceof Error ? error.message : String(error);
      return failure(new ApiError('internal', `Something went wrong in ${methodName}: ${detail}`));
    }
  };
}

function tooDeep(path: (string | number)[]): ApiError {
  const where = path.slice(0, 6).join('.');
  return new ApiError(
    'invalid_input',
    `The input is too deeply nested (more than ${MAX_INPUT_DEPTH} levels, at ${where}…). Flatten the nested quotes or lists and try again.`,
    { path },
  );
}

/** Schema failures and stack overflows thrown by a handler are still about bad input. */
function asInputError(error: unknown): ApiError | undefined {
  if (error instanceof ZodError) {
    const { message, path } = describeZodError(error);
    return new ApiError('invalid_input', message, { path });
  }
  if (error instanceof RangeError && /call stack/i.test(error.message)) return tooDeep([]);
  return undefined;
}

function failure(error: ApiError): Envelope<never> {
  return { ok: false, error: error.toShape() };
}
