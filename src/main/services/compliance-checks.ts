import {
  ComplianceChecker,
  loadBuiltInPack,
  loadCustomPack,
  unwaived,
  type Finding,
  type RulePack,
} from '../../core/compliance';
import { formatPackError } from '../../core/compliance/pack/load-pack';
import type { Library } from '../storage/library';
import type { DraftRecord } from '../storage/rows';

/** The settings key under which a library keeps its custom rule pack. */
export const CUSTOM_PACK_SETTING = 'compliance.customPack';

/** A custom pack as stored. */
export interface StoredPack {
  name: string;
  fileName: string;
  yaml: string;
}

/**
 * Runs compliance checks on the main side (the approval gate, export preflight,
 * checks of stored drafts) with the same packs the editor uses. Compiled packs are
 * kept while their YAML is unchanged.
 */
export class ComplianceChecks {
  private readonly builtIn: RulePack;
  private compiled: { yaml: string; pack: RulePack } | null = null;

  constructor(readonly builtInYaml: string) {
    this.builtIn = loadBuiltInPack(builtInYaml);
  }

  /** The library's custom pack, or null. */
  customPack(library: Library): StoredPack | null {
    const raw = library.compliance.setting(CUSTOM_PACK_SETTING);
    return raw ? (JSON.parse(raw) as StoredPack) : null;
  }

  /** Validates a custom pack: the compiled pack, or readable errors (file:line: field: message). */
  validate(
    yaml: string,
    fileName: string,
  ): { ok: true; pack: RulePack } | { ok: false; errors: string[] } {
    const result = loadCustomPack(yaml, fileName, this.builtIn);
    return result.ok
      ? { ok: true, pack: result.pack }
      : { ok: false, errors: result.errors.map(formatPackError) };
  }

  /** The pack in force for a library. */
  packFor(library: Library): RulePack {
    const custom = this.customPack(library);
    if (!custom) return this.builtIn;
    if (this.compiled?.yaml !== custom.yaml) {
      const result = this.validate(custom.yaml, custom.fileName);
      // A stored pack was valid when it was stored; if a newer Vetted reads it differently, fall back safely.
      this.compiled = { yaml: custom.yaml, pack: result.ok ? result.pack : this.builtIn };
    }
    return this.compiled.pack;
  }

  /**
   * Every finding of a stored draft, read strictly: pending suggestions count as not
   * accepted, so what is checked is what an export would contain.
   */
  check(library: Library, draft: DraftRecord, today: string): Finding[] {
    return new ComplianceChecker(this.packFor(library)).check({
      doc: draft.doc,
      sources: library.sources.listForDraft(draft.id),
      metadata: draft.metadata,
      today,
      reading: 'strict',
    });
  }

  /** Errors of a stored draft that no waiver covers: what blocks approval and export. */
  unwaivedErrors(library: Library, draft: DraftRecord, today: string): Finding[] {
    const errors = this.check(library, draft, today).filter(
      (finding) => finding.severity === 'error',
    );
    return unwaived(errors, library.compliance.waivers(draft.id));
  }
}
