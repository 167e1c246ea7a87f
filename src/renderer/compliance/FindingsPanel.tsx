import type { Editor } from '@tiptap/core';
import { useMemo, useRef, useState } from 'react';
import { SEVERITIES, type Severity } from '../../core/compliance/finding';
import { useApi } from '../api/client';
import { errorMessage, formatDayTime } from '../ui/format';
import { applySuggestion, revealFinding } from './finding-actions';
import type { ShownFinding, useCompliance } from './useCompliance';

const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Errors',
  warning: 'Warnings',
  info: 'Notes',
};

interface FindingsPanelProps {
  editor: Editor;
  compliance: ReturnType<typeof useCompliance>;
  onWaive: (finding: ShownFinding) => void;
  /** Called after a finding's text was selected, to open its card on the underline. */
  onReveal: (finding: ShownFinding) => void;
}

/**
 * Findings grouped by severity and rule, with counts; clicking one selects its text.
 * Substitutions can be applied; anything can be waived with a reason. The library's
 * rule pack can be replaced by a custom YAML pack here.
 */
export function FindingsPanel({ editor, compliance, onWaive, onReveal }: FindingsPanelProps) {
  const api = useApi();
  const fileInput = useRef<HTMLInputElement>(null);
  const [packProblem, setPackProblem] = useState<string | null>(null);
  const [showWaived, setShowWaived] = useState(false);
  const open = compliance.open;
  const waived = compliance.findings.filter((finding) => finding.waiver);

  const groups = useMemo(
    () =>
      SEVERITIES.map((severity) => {
        const ofSeverity = open.filter((finding) => finding.severity === severity);
        const rules = [...new Set(ofSeverity.map((finding) => finding.ruleId))].map((ruleId) => ({
          ruleId,
          findings: ofSeverity.filter((finding) => finding.ruleId === ruleId),
        }));
        return { severity, count: ofSeverity.length, rules };
      }).filter((group) => group.count > 0),
    [open],
  );

  const loadPack = async (file: File | undefined) => {
    if (!file) return;
    setPackProblem(null);
    try {
      compliance.setPackInfo(
        await api.compliance.setPack({ yaml: await file.text(), fileName: file.name }),
      );
    } catch (error) {
      setPackProblem(errorMessage(error));
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const custom = compliance.packInfo?.custom;
  return (
    <section className="side-section findings" aria-label="Findings">
      <h2>Findings</h2>
      <div className="pack-row">
        <span className="muted small">
          Rule pack:{' '}
          <strong>
            {custom
              ? `${custom.name} (${custom.fileName})`
              : (compliance.packInfo?.builtIn.name ?? '…')}
          </strong>
        </span>
        <button type="button" className="link-button" onClick={() => fileInput.current?.click()}>
          Load rule pack…
        </button>
        {custom && (
          <button
            type="button"
            className="link-button"
            onClick={() =>
              void api.compliance
                .resetPack({})
                .then(compliance.setPackInfo)
                .catch((e: unknown) => setPackProblem(errorMessage(e)))
            }
          >
            Use built-in
          </button>
        )}
        <input
          ref={fileInput}
          type="file"
          accept=".yaml,.yml"
          hidden
          aria-label="Rule pack file"
          onChange={(e) => void loadPack(e.target.files?.[0])}
        />
      </div>
      {(packProblem ?? compliance.problem) && (
        <pre role="alert" className="error-text pack-error">
          {packProblem ?? compliance.problem}
        </pre>
      )}
      {groups.length === 0 && <p className="muted">No findings. The checks run as you type.</p>}
      {groups.map((group) => (
        <div key={group.severity} className={`finding-group severity-${group.severity}`}>
          <h3 className="subheading">
            {SEVERITY_LABELS[group.severity]} ({group.count})
          </h3>
          {group.rules.map((rule) => (
            <div key={rule.ruleId} className="rule-group">
              <div className="rule-name">
                {rule.ruleId} <span className="muted">({rule.findings.length})</span>
              </div>
              <ul className="finding-list">
                {rule.findings.map((finding) => (
                  <FindingItem
                    key={`${finding.from}-${finding.to}-${finding.message}`}
                    editor={editor}
                    finding={finding}
                    onWaive={onWaive}
                    onReveal={onReveal}
                  />
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
      {waived.length > 0 && (
        <div className="waived">
          <button
            type="button"
            className="link-button"
            aria-expanded={showWaived}
            onClick={() => setShowWaived((v) => !v)}
          >
            Waived ({waived.length})
          </button>
          {showWaived && (
            <ul className="finding-list">
              {waived.map((finding) => (
                <li key={`${finding.from}-${finding.ruleId}`} className="finding-item waived-item">
                  <div className="finding-excerpt">
                    {finding.ruleId}: “{finding.excerpt}”
                  </div>
                  <div className="muted small">
                    Waived by {finding.waiver?.waivedBy.name},{' '}
                    {finding.waiver ? formatDayTime(finding.waiver.waivedAt) : ''}:{' '}
                    {finding.waiver?.reason}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

function FindingItem({
  editor,
  finding,
  onWaive,
  onReveal,
}: {
  editor: Editor;
  finding: ShownFinding;
  onWaive: (finding: ShownFinding) => void;
  onReveal: (finding: ShownFinding) => void;
}) {
  return (
    <li className={`finding-item severity-${finding.severity}`}>
      <button
        type="button"
        className="finding-target"
        onClick={() => {
          if (revealFinding(editor, finding)) onReveal(finding);
        }}
      >
        {finding.excerpt ? (
          <span className="finding-excerpt">
            “{finding.excerpt.length > 90 ? `${finding.excerpt.slice(0, 90)}…` : finding.excerpt}”
          </span>
        ) : (
          <span className="finding-excerpt">Whole article</span>
        )}
        <span className="finding-message">{finding.message}</span>
      </button>
      <div className="button-row">
        {finding.suggestion !== undefined && (
          <button
            type="button"
            onClick={() => applySuggestion(editor, finding)}
            title={`Replace with “${finding.suggestion}”`}
          >
            Apply
          </button>
        )}
        <button type="button" onClick={() => onWaive(finding)}>
          Waive…
        </button>
      </div>
    </li>
  );
}
