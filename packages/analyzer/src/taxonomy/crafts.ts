/**
 * Broad fields of building and running software: web, backend, frontend and mobile
 * development, databases, system administration, scripting. Filed as practices or tools, they
 * were practised as a method ("Apply Databases to a small case", "Write a one-page checklist
 * you would follow to do Web Development well"); a field is learnt by doing work in it.
 */
const CRAFTS: ReadonlySet<string> = new Set([
  'Web Development',
  'Frontend Development',
  'Backend Development',
  'Full Stack Development',
  'Mobile Development',
  'Game Development',
  'Databases',
  'Database Administration',
  'Data Engineering',
  'System Administration',
  'Site Reliability Engineering',
  'Platform Engineering',
  'Scripting',
]);

/** Whether a skill is a broad field of building or running software (see above). */
export const isCraft = (name: string): boolean => CRAFTS.has(name);

/** Every field, for the test that checks each is a taxonomy skill. */
export const CRAFT_NAMES: readonly string[] = [...CRAFTS];
