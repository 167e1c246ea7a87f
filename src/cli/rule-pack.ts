import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadBuiltInPack, loadCustomPack, type RulePack } from '../core/compliance';
import { formatPackError } from '../core/compliance/pack/load-pack';
import { readBuiltInPackYaml } from '../main/resources/rule-packs';
import { InputError } from './command';

/** The built-in rule pack, or the pack in `file` (which may extend it); a bad pack is a usage error. */
export function readRulePack(file: string | undefined, cwd: string): RulePack {
  const builtIn = loadBuiltInPack(readBuiltInPackYaml());
  if (!file) return builtIn;
  let yaml: string;
  try {
    yaml = readFileSync(resolve(cwd, file), 'utf8');
  } catch {
    throw new InputError(`cannot read the rule pack ${file}`);
  }
  const result = loadCustomPack(yaml, file, builtIn);
  if (!result.ok)
    throw new InputError(
      `the rule pack is not valid:\n${result.errors.map(formatPackError).join('\n')}`,
    );
  return result.pack;
}
