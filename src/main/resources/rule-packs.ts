import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_PACK } from '../../core/compliance/built-in';

/** The built-in pack's YAML, found by walking up to resources/rules from here (src/ or out/). */
export function readBuiltInPackYaml(
  from: string = dirname(fileURLToPath(import.meta.url)),
): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'resources', 'rules', `${BUILT_IN_PACK}.yaml`);
    if (existsSync(file)) return readFileSync(file, 'utf8');
    if (dirname(dir) === dir)
      throw new Error(`resources/rules/${BUILT_IN_PACK}.yaml not found above ${from}`);
  }
}
