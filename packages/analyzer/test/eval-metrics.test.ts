import { describe, expect, it } from 'vitest';
import { normalizeTitle } from '../eval/eval-metrics.ts';

describe('how the evaluation compares a derived title with its label', () => {
  it.each([
    ['Communitybuilder*in', 'Communitybuilder'],
    ['Softwareentwickler:in (m/w/d)', 'Softwareentwickler'],
    ['Referent/innen', 'Referent'],
    ['Data-Analyst', 'data analyst'],
    ['Ingénieur Logiciel', 'ingenieur logiciel'],
  ])('when the label is %j and the title %j, then they are the same title', (label, title) => {
    expect(normalizeTitle(label)).toBe(normalizeTitle(title));
  });

  it.each([
    ['Data/Insights Analyst', 'Data Analyst'],
    ['Designer', 'Design'],
  ])('when the label is %j and the title %j, then they differ', (label, title) => {
    expect(normalizeTitle(label)).not.toBe(normalizeTitle(title));
  });
});
