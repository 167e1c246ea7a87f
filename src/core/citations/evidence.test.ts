import { describe, expect, it } from 'vitest';
import { evidenceBadge, isWeakEvidence } from './evidence-badge';
import {
  combineEvidence,
  evidenceFromKeywords,
  evidenceFromNote,
  evidenceFromPublicationTypes,
  evidenceToNote,
  parseStudyDesign,
} from './evidence-reading';
import { type Evidence, unknownEvidence } from './source';

const evidence = (fields: Partial<Evidence>): Evidence => ({ ...unknownEvidence(), ...fields });

describe('reading evidence from files', () => {
  it('reads the notes the reference article uses, and their variants', () => {
    expect(evidenceFromNote('study design: case series; n=15')).toEqual({
      design: 'case-series',
      participants: 15,
    });
    expect(evidenceFromNote('study design: narrative review')).toEqual({
      design: 'narrative-review',
    });
    expect(
      evidenceFromNote(
        'Design = Randomised controlled trial\nParticipants: 1,204\nPeer-reviewed: no',
      ),
    ).toEqual({
      design: 'rct',
      participants: 1204,
      peerReviewed: false,
    });
    expect(evidenceFromNote('Epub 2024 Jan 5; RETRACTED')).toEqual({ retracted: true });
    expect(evidenceFromNote('study design: something odd; n=many')).toEqual({});
  });

  it('maps MEDLINE publication types, strongest design first', () => {
    expect(
      evidenceFromPublicationTypes([
        'Journal Article',
        'Randomized Controlled Trial',
        'Multicenter Study',
      ]),
    ).toEqual({
      design: 'rct',
    });
    expect(
      evidenceFromPublicationTypes([
        'Journal Article',
        'Review',
        'Meta-Analysis',
        'Systematic Review',
      ]).design,
    ).toBe('systematic-review');
    expect(evidenceFromPublicationTypes(['Practice Guideline']).design).toBe('guideline');
    expect(evidenceFromPublicationTypes(['Case Reports', 'Review']).design).toBe('case-series');
    expect(evidenceFromPublicationTypes(['Editorial']).design).toBe('expert-opinion');
    expect(evidenceFromPublicationTypes(['Case Reports', 'Retracted Publication'])).toEqual({
      design: 'case-series',
      retracted: true,
    });
    // The retraction notice itself is not a retracted article.
    expect(evidenceFromPublicationTypes(['Retraction of Publication'])).toEqual({});
  });

  it('trusts only unambiguous keywords', () => {
    expect(evidenceFromKeywords(['Obesity', 'Randomized Controlled Trial'])).toEqual({
      design: 'rct',
    });
    expect(evidenceFromKeywords(['review', 'letter', 'cohort'])).toEqual({});
    expect(evidenceFromKeywords([' Meta-Analysis ', 'retracted'])).toEqual({
      design: 'systematic-review',
      retracted: true,
    });
  });

  it('names designs by their ids, labels and common words', () => {
    expect(parseStudyDesign('case-series')).toBe('case-series');
    expect(parseStudyDesign('Case series/report')).toBe('case-series');
    expect(parseStudyDesign('RCT')).toBe('rct');
    expect(parseStudyDesign('Case–control study')).toBe('case-control');
    expect(parseStudyDesign('anecdote')).toBeNull();
  });

  it('combines hints, earlier first, and keeps any retraction', () => {
    expect(
      combineEvidence(
        { design: 'rct' },
        { design: 'cohort', participants: 40 },
        { retracted: true },
      ),
    ).toEqual({
      design: 'rct',
      participants: 40,
      peerReviewed: null,
      retracted: true,
    });
  });

  it('writes evidence back as a note that reads the same', () => {
    const written = evidence({
      design: 'case-series',
      participants: 15,
      peerReviewed: true,
      retracted: true,
    });
    expect(evidenceToNote(written)).toBe(
      'study design: case series/report; n=15; peer reviewed: yes; retracted: yes',
    );
    expect(combineEvidence(evidenceFromNote(evidenceToNote(written)))).toEqual(written);
    expect(evidenceToNote(unknownEvidence())).toBe('');
  });
});

describe('evidence badges', () => {
  it('reads like the sidebar shows it', () => {
    expect(evidenceBadge(evidence({ design: 'case-series', participants: 15 }))).toEqual({
      text: 'Case series · n=15',
      tone: 'weak',
    });
    expect(evidenceBadge(evidence({ design: 'rct', participants: 1204 }))).toEqual({
      text: 'RCT · n=1,204',
      tone: 'standard',
    });
    expect(
      evidenceBadge(evidence({ design: 'cohort', participants: 2_500_000, peerReviewed: false }))
        .text,
    ).toBe('Cohort · n=2,500,000 · Not peer reviewed');
    expect(evidenceBadge(unknownEvidence())).toEqual({ text: 'Not assessed', tone: 'unknown' });
  });

  it('puts a retraction first and loudest', () => {
    expect(evidenceBadge(evidence({ design: 'rct', participants: 1204, retracted: true }))).toEqual(
      {
        text: 'Retracted · RCT · n=1,204',
        tone: 'retracted',
      },
    );
    expect(evidenceBadge(evidence({ retracted: true }))).toEqual({
      text: 'Retracted',
      tone: 'retracted',
    });
  });
});

describe('isWeakEvidence', () => {
  it('flags case reports and series, expert opinion, and fewer than 30 participants', () => {
    expect(isWeakEvidence(evidence({ design: 'case-series' }))).toBe(true);
    expect(isWeakEvidence(evidence({ design: 'expert-opinion' }))).toBe(true);
    expect(isWeakEvidence(evidence({ design: 'rct', participants: 29 }))).toBe(true);
    expect(isWeakEvidence(evidence({ design: 'rct', participants: 30 }))).toBe(false);
    expect(isWeakEvidence(evidence({ design: 'systematic-review' }))).toBe(false);
    expect(isWeakEvidence(unknownEvidence())).toBe(false);
  });
});
