import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Finding } from '../../core/compliance/finding';

export const findingsKey = new PluginKey<DecorationSet>('findings');

/** What the checker hands the plugin: findings and the document they were computed on. */
export interface FindingsMeta {
  findings: readonly Finding[];
  doc: PMNode | null;
}

/** Underlines findings in the text, coloured by severity; they follow edits until the next check. */
export const FindingDecorations = Extension.create({
  name: 'findingDecorations',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: findingsKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, set) => {
            const next = tr.getMeta(findingsKey) as FindingsMeta | undefined;
            // Findings of an older document (the writer typed while they were shown) would
            // underline the wrong text and redraw under the caret: keep the mapped ones until
            // the next check, which the typing has already scheduled.
            if (next && next.doc === tr.doc) return decorate(tr.doc, next.findings);
            return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
          },
        },
        props: { decorations: (state) => findingsKey.getState(state) },
      }),
    ];
  },
});

function decorate(doc: PMNode, findings: readonly Finding[]): DecorationSet {
  const size = doc.content.size;
  const decorations = findings.flatMap((finding, index) =>
    finding.to > finding.from && finding.to <= size
      ? [
          Decoration.inline(finding.from, finding.to, {
            class: `finding finding-${finding.severity}`,
            'data-finding': String(index),
          }),
        ]
      : [],
  );
  return DecorationSet.create(doc, decorations);
}
