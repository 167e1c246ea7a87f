import { loadPack, formatPackError, type RulePack } from './pack/load-pack';

/** Name of the pack that ships with Vetted (resources/rules/medical-public.yaml). */
export const BUILT_IN_PACK = 'medical-public';

/**
 * Loads the built-in pack from its YAML text (core reads no files: the Node side reads
 * resources/rules, the renderer bundles the text). A broken built-in pack is a bug, so it throws.
 */
export function loadBuiltInPack(yamlText: string): RulePack {
  const result = loadPack(yamlText, `${BUILT_IN_PACK}.yaml`);
  if (!result.ok)
    throw new Error(
      `The built-in rule pack is broken:\n${result.errors.map(formatPackError).join('\n')}`,
    );
  return result.pack;
}

/** Loads a custom pack that may extend the built-in one. */
export function loadCustomPack(yamlText: string, fileName: string, builtIn: RulePack) {
  return loadPack(yamlText, fileName, (name) => (name === BUILT_IN_PACK ? builtIn : undefined));
}
