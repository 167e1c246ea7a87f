import { describe, expect, it } from 'vitest';
import { overrideReasonProblem } from './override-reason';

describe('override reasons', () => {
  it('refuses a shrug and names it', () => {
    expect(overrideReasonProblem('ok')).toContain('“ok” is too short');
    expect(overrideReasonProblem('  fine, ok  ')).toContain('too short');
    expect(overrideReasonProblem('- - - -')).toContain('too short');
  });

  it('refuses a missing reason', () => {
    expect(overrideReasonProblem('')).toContain('needs a reason');
    expect(overrideReasonProblem(undefined)).toContain('needs a reason');
  });

  it('accepts a sentence', () => {
    expect(overrideReasonProblem('Quoted claim, rebutted in the next paragraph')).toBeNull();
  });
});
