import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { makeDispatcher, method } from '../../../src/core/api';
import { startHttpHost, type HttpHost } from '../../../src/main/transport/http';

const contract = {
  echo: {
    say: method({
      summary: 'Echo',
      input: z.object({ words: z.string() }),
      output: z.object({ said: z.string() }),
    }),
  },
};

let host: HttpHost;
let secretDir: string;

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'vetted-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Vetted</title>');
  secretDir = mkdtempSync(join(tmpdir(), 'vetted-secret-'));
  writeFileSync(join(secretDir, 'secret.txt'), 'do not serve');
  const dispatcher = makeDispatcher(contract, { echo: { say: ({ words }) => ({ said: words }) } });
  host = await startHttpHost({ dispatcher, rendererDir });
});

afterAll(() => host.close());

const api = (path: string, init: RequestInit = {}) =>
  fetch(`http://127.0.0.1:${host.port}${path}`, init);
const post = (method: string, body: string, headers: Record<string, string> = {}) =>
  api(`/api/${method}`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
const auth = () => ({ Authorization: `Bearer ${host.token}` });

describe('the loopback HTTP host', () => {
  it('prints a loopback address carrying a random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{20,}$/);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const response = await api('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<title>Vetted</title>');
  });

  it('refuses API calls without the token, or with a wrong one', async () => {
    const none = await post('echo.say', JSON.stringify({ input: { words: 'hi' } }));
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const wrong = await post('echo.say', JSON.stringify({ input: { words: 'hi' } }), {
      Authorization: 'Bearer nope',
    });
    expect(wrong.status).toBe(401);
  });

  it('dispatches calls with the token, and answers bad input with a structured error', async () => {
    const ok = await post('echo.say', JSON.stringify({ input: { words: 'hi' } }), auth());
    expect(await ok.json()).toEqual({ ok: true, value: { said: 'hi' } });
    const bad = await post('echo.say', JSON.stringify({ input: { words: 3 } }), auth());
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', path: ['words'] },
    });
    const notJson = await post('echo.say', '{"input": ', auth());
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses other origins and other host names (DNS rebinding)', async () => {
    const crossSite = await post('echo.say', JSON.stringify({ input: { words: 'hi' } }), {
      ...auth(),
      Origin: 'https://evil.example',
    });
    expect(crossSite.status).toBe(403);
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/',
          headers: { Host: `evil.example:${host.port}` },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.end();
    });
    expect(status).toBe(403);
  });

  it('never serves files outside the renderer folder', async () => {
    const traversal = await api(
      `/..%2f${encodeURIComponent(secretDir.split('/').pop() ?? '')}%2fsecret.txt`,
    );
    expect(traversal.status).toBe(404);
    expect(await traversal.text()).not.toContain('do not serve');
  });
});
