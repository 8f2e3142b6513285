/** Career levels, lowest first. */
export const SENIORITIES = ['intern', 'junior', 'mid', 'senior', 'lead'] as const;
export type Seniority = (typeof SENIORITIES)[number];

const RULES: readonly [Seniority, RegExp][] = [
  [
    'intern',
    /\b(intern|internship|practicante|pasante|trainee|apprentice|becario|co-op|practicas)\b/i,
  ],
  ['lead', /\b(lead|principal|staff|head of|director|vp|vice president|architect|jefe)\b/i],
  ['senior', /\b(senior|sr\.?|expert)\b/i],
  ['junior', /\b(junior|jr\.?|entry[- ]level|graduate|new grad|associate)\b/i],
  ['mid', /\b(mid[- ]level|intermediate|semi[- ]senior)\b/i],
];

/** The level a title names (`Senior Backend Engineer` -> senior), or null. */
export const seniorityFromTitle = (title: string): Seniority | null => {
  for (const [level, pattern] of RULES) if (pattern.test(title)) return level;
  return null;
};

/** The level that years of experience suggest. */
export const seniorityFromYears = (years: number): Seniority => {
  if (years >= 8) return 'lead';
  if (years >= 5) return 'senior';
  if (years >= 2) return 'mid';
  if (years >= 0.5) return 'junior';
  return 'intern';
};

/** Distance between two levels, 0..4. */
export const seniorityGap = (a: Seniority, b: Seniority): number =>
  Math.abs(SENIORITIES.indexOf(a) - SENIORITIES.indexOf(b));
