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
  const [checked, setChecked] = useState<{ findings: Finding[]; doc: PMNode | null }>({
    findings: [],
    doc: null,
  });
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

  const checker = useMemo(() => {
    if (!packInfo) return null;
    const builtIn = loadBuiltInPack(packInfo.builtIn.yaml);
    if (!packInfo.custom) return new ComplianceChecker(builtIn);
    const custom = loadCustomPack(packInfo.custom.yaml, packInfo.custom.fileName, builtIn);
    return new ComplianceChecker(custom.ok ? custom.pack : builtIn);
  }, [packInfo]);

  const run = useCallback(() => {
    if (!editor || editor.isDestroyed || !checker || !metadata) return;
    const doc = editor.state.doc;
    const next = checker.check({
      doc,
      sources,
      metadata,
      today: new Date().toISOString().slice(0, 10),
    });
    setChecked({ findings: next, doc });
  }, [editor, checker, sources, metadata]);

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

  return {
    findings: shown,
    open: shown.filter((finding) => !finding.waiver),
    packInfo,
    problem,
    waive,
    recheck: run,
    reloadPack: () => setGeneration((n) => n + 1),
    setPackInfo,
  };
}
