/**
 * Academic disciplines a posting asks a candidate to know: mathematics, physics, biology,
 * economics and their branches. Filed as domains or data skills, they were practised as a
 * method or a data tool ("Apply Biology to a small case you make up", "Write a one-page
 * checklist you would follow to do Physics well", "Apply Mathematics to a small public data
 * set"); a discipline is revised from a textbook and practised on its typical problems.
 */
const DISCIPLINES: ReadonlySet<string> = new Set([
  'Mathematics',
  'Physics',
  'Chemistry',
  'Computational Chemistry',
  'Biology',
  'Biochemistry',
  'Molecular Biology',
  'Cell Biology',
  'Marine Biology',
  'Conservation Biology',
  'Landscape Ecology',
  'Entomology',
  'Phylogenetics',
  'Taxonomy Science',
  'Oceanography',
  'Cognitive Neuroscience',
  'Epidemiology',
  'Public Health',
  'Economics',
  'Labor Economics',
  'Actuarial Science',
  'Library Science',
]);

/** Whether a skill is an academic discipline (see above). */
export const isDiscipline = (name: string): boolean => DISCIPLINES.has(name);

/** Every discipline, for the test that checks each is a taxonomy skill. */
export const DISCIPLINE_NAMES: readonly string[] = [...DISCIPLINES];
