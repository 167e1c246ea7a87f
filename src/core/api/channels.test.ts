import { describe, expect, it } from 'vitest';
import { bridgeFromManifest, channelOf, manifestOf } from './channels';
import { contract } from './contract';
import { listMethods } from './define';

describe('the preload manifest', () => {
  it('names every contract method and nothing else', () => {
    const names = Object.entries(manifestOf(contract)).flatMap(([namespace, methods]) =>
      methods.map((name) => `${namespace}.${name}`),
    );
    expect(names.sort()).toEqual(
      listMethods(contract)
        .map(([namespace, name]) => `${namespace}.${name}`)
        .sort(),
    );
  });

  it('forwards each call with its method name, which maps to one channel', async () => {
    const sent: string[] = [];
    const bridge = bridgeFromManifest(manifestOf(contract), (method) => {
      sent.push(channelOf(method));
      return Promise.resolve({ ok: true, value: null });
    });
    await bridge.drafts?.save?.({});
    await bridge.profile?.get?.({});
    expect(sent).toEqual(['vetted:drafts.save', 'vetted:profile.get']);
  });
});
