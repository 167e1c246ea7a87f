import { expect, test } from './fixtures';

test('the HTTP host refuses calls without the token and answers bad input with a structured error', async ({
  host,
  request,
}) => {
  const call = (method: string, input: unknown, token?: string) =>
    request.post(`${host.origin}/api/${method}`, {
      data: { input },
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });

  const anonymous = await call('drafts.list', {});
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).ok).toBe(false);

  const wrong = await call('drafts.list', {}, 'not-the-token');
  expect(wrong.status()).toBe(401);

  const bad = await call('drafts.get', { id: 42 }, host.token);
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({
    ok: false,
    error: { code: 'invalid_input', path: ['id'] },
  });

  const unknown = await call('drafts.explode', {}, host.token);
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'not_found' } });

  const missing = await call('drafts.get', { id: 'no-such-draft' }, host.token);
  expect(await missing.json()).toMatchObject({ ok: false, error: { code: 'not_found' } });

  const good = await call('drafts.create', { title: 'Made over HTTP' }, host.token);
  expect(good.status()).toBe(200);
  expect(await good.json()).toMatchObject({
    ok: true,
    value: { title: 'Made over HTTP', revision: 1 },
  });
});
