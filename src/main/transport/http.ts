import { timingSafeEqual, randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { ApiError, type Dispatcher, type Envelope, type ErrorCode } from '../../core/api';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

/** Where the HTTP host serves the API: POST /api/<namespace>.<method>. */
export const API_PREFIX = '/api/';

/** Largest request body the host accepts: a 50 MB import travels as about 67 MB of base64. */
const MAX_BODY_BYTES = 72 * 1024 * 1024;

const STATUS_OF: Record<ErrorCode, number> = {
  invalid_input: 400,
  bad_file: 400,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unavailable: 503,
  internal: 500,
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** How to start the loopback host. */
export interface HttpHostOptions {
  dispatcher: Dispatcher;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 or absent: a random free port. */
  port?: number;
  /** Absent: a fresh random token for this run. */
  token?: string;
}

/** A running host. */
export interface HttpHost {
  url: string;
  port: number;
  token: string;
  server: Server;
  close: () => Promise<void>;
}

/**
 * Serves the renderer and the API on 127.0.0.1 only. The static files carry no
 * user data; every API call must present the run's token (sent by the page as a
 * bearer header, never in a URL the server sees) and come from our own origin.
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const rendererDir = resolve(options.rendererDir);
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) sendEnvelope(response, 500, failure('internal', message));
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isLoopbackHost(request.headers.host, port)) {
      sendEnvelope(response, 403, failure('forbidden', 'Requests must be addressed to 127.0.0.1.'));
      return;
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith(API_PREFIX)) {
      await handleApi(request, response, url.pathname.slice(API_PREFIX.length));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendEnvelope(response, 405, failure('forbidden', 'Only GET is allowed here.'));
      return;
    }
    await serveStatic(response, url.pathname, request.method === 'HEAD');
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string) {
    if (!hasToken(request.headers.authorization, token)) {
      sendEnvelope(response, 401, failure('forbidden', 'This request has no valid access token.'));
      return;
    }
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== `http://127.0.0.1:${port}`) {
      sendEnvelope(response, 403, failure('forbidden', 'Requests from other sites are refused.'));
      return;
    }
    if (request.method !== 'POST') {
      sendEnvelope(response, 405, failure('invalid_input', 'API calls use POST.'));
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(await readBody(request));
    } catch (error) {
      const message =
        error instanceof ApiError ? error.message : 'The request body is not valid JSON.';
      sendEnvelope(response, 400, failure('invalid_input', message));
      return;
    }
    const input =
      body !== null && typeof body === 'object' ? (body as { input?: unknown }).input : undefined;
    const envelope = await options.dispatcher(decodeURIComponent(method), input);
    sendEnvelope(response, envelope.ok ? 200 : STATUS_OF[envelope.error.code], envelope);
  }

  async function serveStatic(response: ServerResponse, pathname: string, headOnly: boolean) {
    const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    let file = join(rendererDir, relative || 'index.html');
    if (!file.startsWith(rendererDir + sep) && file !== rendererDir) {
      sendEnvelope(response, 404, failure('not_found', 'No such file.'));
      return;
    }
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) file = join(file, 'index.html');
    else if (!info) {
      sendEnvelope(response, 404, failure('not_found', 'No such file.'));
      return;
    }
    const content = await readFile(file);
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': content.length,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    });
    response.end(headOnly ? undefined : content);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  // Refusing other Host names defeats DNS rebinding: a web page cannot reach us by a name it controls.
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

function hasToken(header: string | undefined, token: string): boolean {
  const presented = /^Bearer (.+)$/.exec(header ?? '')?.[1];
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(
          new ApiError(
            'invalid_input',
            'The request is larger than 72 MB: import files of at most 50 MB.',
          ),
        );
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function failure(code: ErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message, path: [] } };
}

function sendEnvelope(response: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  const body = JSON.stringify(envelope);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}
