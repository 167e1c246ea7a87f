import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LibrarySource, PackInfo, Waiver } from '../../core/api';
import {
  ComplianceChecker,
  loadBuiltInPack,
  loadCustomPack,
  waiverFor,
  type Finding,
} from '../../core/compliance';
import type { ArticleMetadata } from '../../core/document/metadata';
import { useApi } from '../api/client';
import { errorMessage } from '../ui/format';
import type { Node as PMNode } from '@tiptap/pm/model';
import { findingsKey } from './findings-decorations';

/** A finding as the window shows it: with the waiver that covers it, if any. */
export interface ShownFinding extends Finding {
  waiver: Waiver | null;
}

/** How long after the writer stops typing the draft is checked again. */
const CHECK_DELAY_MS = 250;

/**
 * Checks the open draft as the writer types, with the library's rule pack: the
 * checker keeps per-block results, so a re-check costs about one paragraph.
 * Findings go to the editor as underlines and to the Findings panel.
 */
export function useCompliance(
  editor: Editor | null,
  draftId: string,
  sources: LibrarySource[],
  metadata: ArticleMetadata | null,
) {
  const api = useApi();
  const [packInfo, setPackInfo] = useState<PackInfo | null>(null);
  const [waivers, setWaivers] = useState<Waiver[]>([]);
  // Findings with the document they were computed on: positions only hold for that document.
  // `findings` read pending suggestions strictly (what an export contains: what counts);
  // `ifAccepted` is the other reading, null when the draft has no pending suggestion.
  const [checked, setChecked] = useState<{
    findings: Finding[];
    ifAccepted: Finding[] | null;
    doc: PMNode | null;
  }>({ findings: [], ifAccepted: null, doc: null });
  const findings = checked.findings;
  const [problem, setProblem] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    Promise.all([api.compliance.pack({}), api.compliance.waivers({ draftId })])
      .then(([info, loaded]) => {
        if (!current) return;
        setPackInfo(info);
        setWaivers(loaded);
      })
      .catch((error: unknown) => current && setProblem(errorMessage(error)));
    return () => {
      current = false;
    };
  }, [api, draftId, generation]);

  // One checker per reading, so each keeps its own per-block cache.
  const checkers = useMemo(() => {
    if (!packInfo) return null;
    const builtIn = loadBuiltInPack(packInfo.builtIn.yaml);
    const custom = packInfo.custom
      ? loadCustomPack(packInfo.custom.yaml, packInfo.custom.fileName, builtIn)
      : null;
    const pack = custom?.ok ? custom.pack : builtIn;
    return { strict: new ComplianceChecker(pack), accepted: new ComplianceChecker(pack) };
  }, [packInfo]);

  const run = useCallback(() => {
    if (!editor || editor.isDestroyed || !checkers || !metadata) return;
    const doc = editor.state.doc;
    const input = { doc, sources, metadata, today: new Date().toISOString().slice(0, 10) };
    const next = checkers.strict.check({ ...input, reading: 'strict' });
    const ifAccepted = hasSuggestions(doc)
      ? checkers.accepted.check({ ...input, reading: 'accepted' })
      : null;
    setChecked({ findings: next, ifAccepted, doc });
  }, [editor, checkers, sources, metadata]);

  // Check now when the inputs change, and again shortly after each pause in typing.
  useEffect(() => {
    if (!editor) return;
    const initial = setTimeout(run, 0);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(run, CHECK_DELAY_MS);
    };
    editor.on('update', onUpdate);
    return () => {
      clearTimeout(initial);
      clearTimeout(timer);
      editor.off('update', onUpdate);
    };
  }, [editor, run]);

  const shown = useMemo<ShownFinding[]>(
    () => findings.map((finding) => ({ ...finding, waiver: waiverFor(finding, waivers) ?? null })),
    [findings, waivers],
  );

  // Underline what is not waived.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const open = shown.filter((finding) => !finding.waiver);
    editor.view.dispatch(
      editor.state.tr
        .setMeta(findingsKey, { findings: open, doc: checked.doc })
        .setMeta('addToHistory', false),
    );
  }, [editor, shown, checked.doc]);

  const waive = useCallback(
    async (finding: Finding, reason: string) => {
      const waiver = await api.compliance.waive({
        draftId,
        ruleId: finding.ruleId,
        excerpt: finding.excerpt,
        context: finding.context,
        reason,
      });
      setWaivers((list) => [...list, waiver]);
    },
    [api, draftId],
  );

  const openIfAccepted = useMemo(
    () => checked.ifAccepted?.filter((finding) => !waiverFor(finding, waivers)) ?? null,
    [checked.ifAccepted, waivers],
  );

  return {
    findings: shown,
    open: shown.filter((finding) => !finding.waiver),
    /** Unwaived findings if every pending suggestion were accepted; null without suggestions. */
    openIfAccepted,
    packInfo,
    problem,
    waive,
    recheck: run,
    reloadPack: () => setGeneration((n) => n + 1),
    setPackInfo,
  };
}

/** Whether a document has any pending suggestion (then both readings are checked). */
function hasSuggestions(doc: PMNode): boolean {
  const { insertion, deletion } = doc.type.schema.marks;
  const size = doc.content.size;
  return (
    (insertion !== undefined && doc.rangeHasMark(0, size, insertion)) ||
    (deletion !== undefined && doc.rangeHasMark(0, size, deletion))
  );
}
