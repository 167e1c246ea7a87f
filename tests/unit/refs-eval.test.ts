import { describe, expect, it } from 'vitest';
import { evaluateReferences } from '../../scripts/refs-eval';

// The floors reached on the real corpus (../shared/corpus/references); raise them as readers improve.
describe('reference readers on the real corpus', () => {
  const report = evaluateReferences();

  it('reads the librarian-checked fields at the measured accuracy', () => {
    expect(report.fieldAccuracy).toBeGreaterThanOrEqual(FIELD_ACCURACY_FLOOR);
  });

  it('reports every file meant to be refused', () => {
    expect(report.broken.silent).toEqual([]);
    expect(report.broken.total).toBeGreaterThanOrEqual(4);
  });

  it('formats AMA and Vancouver strings exactly as a copy editor writes them', () => {
    expect(report.strings.right).toBeGreaterThanOrEqual(STRINGS_FLOOR);
  });
});

const FIELD_ACCURACY_FLOOR = 0.98;
const STRINGS_FLOOR = 22;
