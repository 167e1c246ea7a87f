export { ComplianceChecker, type CheckInput } from './engine';
export {
  Finding,
  SEVERITIES,
  SEVERITY_RANK,
  Severity,
  sortFindings,
  summarizeFindings,
} from './finding';
export { BUILT_IN_PACK, loadBuiltInPack, loadCustomPack } from './built-in';
export {
  formatPackError,
  loadPack,
  type LoadPackResult,
  type PackError,
  type RulePack,
} from './pack/load-pack';
export { RuleSpec, PackSpec, RuleOverride } from './pack/spec';
export { IGNORE_CONTEXTS, type IgnoreContext } from './contexts';
export { CODE_RULES } from './rules';
export { COMMON_ABBREVIATIONS } from './rules/abbreviations';
export type { CompiledRule, Hit, RuleContext } from './rule';
export { unwaived, waiverFor, type WaiverKey } from './waivers';
