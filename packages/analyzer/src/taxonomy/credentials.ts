/**
 * Certifications, licences and admissions a posting asks a candidate to hold: CPA, PMP, CISSP,
 * a medical licence, admission to the bar. Filed as practices, they were asked about and
 * practised as a method ("Tell me about a recent piece of work that relied on CPA", "Sketch how
 * CPA would look in a team like the one in this posting"); a credential is held or worked
 * towards, and its knowledge kept current.
 */
const CREDENTIALS: ReadonlySet<string> = new Set([
  'CPA',
  'PMP',
  'CISSP',
  'CompTIA Security+',
  'CompTIA Network+',
  'OSCP',
  'FINRA Licenses',
  'Bar Admission',
  'Medical License',
  'Board Certification',
  'Life Support Certification',
]);

/** Whether a skill is a certification, licence or admission (see above). */
export const isCredential = (name: string): boolean => CREDENTIALS.has(name);

/** Every credential, for the test that checks each is a taxonomy skill. */
export const CREDENTIAL_NAMES: readonly string[] = [...CREDENTIALS];
