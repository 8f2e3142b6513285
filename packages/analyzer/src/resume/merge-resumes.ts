import { STRENGTH_RANK } from './evidence-lines.ts';
import type { ParsedResume, ResumeSkill } from './parse-resume.ts';

/**
 * Merges the parsed resume file and the parsed self-description (the candidate's own words):
 * a skill takes the stronger evidence of the two (its strength, sentence and provenance; the
 * resume's on a tie), and is evidenced or listed if either says so.
 */
export const mergeResumes = (a: ParsedResume, b: ParsedResume): ParsedResume => {
  const skills = new Map<string, ResumeSkill>();
  for (const s of [...a.skills, ...b.skills]) {
    const prev = skills.get(s.skill);
    if (!prev) {
      skills.set(s.skill, { ...s, sections: [...s.sections] });
      continue;
    }
    prev.count += s.count;
    if (STRENGTH_RANK[s.strength] > STRENGTH_RANK[prev.strength]) {
      prev.strength = s.strength;
      prev.evidence = s.evidence;
      prev.provenance = s.provenance;
    }
    prev.evidenced ||= s.evidenced;
    prev.listed ||= s.listed;
    for (const sec of s.sections) if (!prev.sections.includes(sec)) prev.sections.push(sec);
  }
  const years =
    a.yearsOfExperience === null && b.yearsOfExperience === null
      ? null
      : Math.max(a.yearsOfExperience ?? 0, b.yearsOfExperience ?? 0);
  return {
    skills: [...skills.values()],
    yearsOfExperience: years,
    seniority: a.seniority ?? b.seniority,
    headline: a.headline || b.headline,
    narrative: [a.narrative, b.narrative].filter(Boolean).join('\n'),
  };
};
