import { escapeRegex } from '../text/escape-regex.ts';
import { foldAccents } from '../text/fold.ts';

/**
 * Role families a title can name, in English and in the other languages postings come in
 * (German, Spanish, French, Portuguese, Italian); a resume fits a family when its narrative
 * names it too. Role nouns, not topics: "research" alone or "data" alone names no role.
 */
const FAMILIES: readonly [string, RegExp][] = [
  ['frontend', /\b(front[- ]?end|ui engineer|ui developer|web developer|react developer)\b/i],
  ['backend', /\b(back[- ]?end|server[- ]side|platform engineer|api developer)\b/i],
  ['fullstack', /\b(full[- ]?stack)\b/i],
  ['mobile', /\b(mobile|ios|android) (developer|engineer)\b/i],
  [
    'ml',
    /\b(machine learning|ml engineer|data scientist|applied scientist|ai engineer|deep learning|cient[ií]fic[oa] de datos|data science|maschinelles lernen|apprentissage automatique|aprendizaje autom[aá]tico)\b/i,
  ],
  [
    'data',
    /\b(data analyst|data analytics|analytics|business intelligence|data engineer|data specialist|informatics|datenanalyst\w*|analista de datos|analyste de donn[ée]es|analista de dados)\b/i,
  ],
  ['devops', /\b(devops|site reliability|sre|cloud engineer|infrastructure engineer)\b/i],
  [
    'sysadmin',
    /\b(system(?:s)? administrat\w+|sysadmin|(?:linux|unix|windows|it|server|netzwerk|network)[- ]administrat\w+|systemadministrat\w+|administrador de sistemas|administrateur syst[èe]mes?|netzwerkadministrat\w+|it support|help ?desk|service desk|desktop support)\b/i,
  ],
  ['product', /\b(product manager|product owner|product management)\b/i],
  [
    'project',
    /\b(project manager|program manager|programme manager|project management|project coordinator|program coordinator|project lead|projektmanager\w*|projektleiter\w*|jef[ea] de proyecto|gestor de proyectos|chef de projet|scrum master)\b/i,
  ],
  ['design', /\b(designer|ux|ui\/ux)\b/i],
  ['java', /\b(java developer|java engineer|full stack java|java\b)/i],
  ['python', /\b(python developer|python engineer)\b/i],
  ['qa', /\b(qa engineer|qa automation|test engineer|quality assurance|sdet)\b/i],
  ['security', /\b(security engineer|security analyst|cybersecurity)\b/i],
  ['collections', /\b(collections?|curatorial|archiv\w*|museum)\b/i],
  [
    'finance',
    /\b(accountant|accounting|bookkeep\w+|controller|financial analyst|payroll|auditor|buchhalt\w+|contador[a]?|contable|comptable)\b/i,
  ],
  ['hr', /\b(recruiter|recruiting|human resources|talent acquisition|people operations)\b/i],
  ['marketing', /\b(marketing|seo specialist|social media manager|content strateg\w+)\b/i],
  [
    'clinical',
    /\b(physician|pediatrician|psychiatrist|surgeon|medical doctor|doctor of medicine|m\.d\.|residency|arzt|[äa]rztin|m[ée]dic[oa]|m[ée]decin)\b/i,
  ],
  ['nursing', /\b(nurse|nursing|krankenpfleg\w+|enfermer[oa]|infirmi[eè]re?)\b/i],
  [
    'research',
    /\b(researcher|research scientist|research associate|research fellow|postdoc\w*|post-doc\w*|ph\.?d\.? (?:candidate|student)|doctoral|wissenschaftliche[rn]? mitarbeiter\w*|investigador[a]?|chercheu(?:r|se)|doctorant\w*)\b/i,
  ],
  ['gis', /\b(gis|geospatial|cartograph\w+)\b/i],
  [
    'education',
    /\b(teachers?|educators?|instructors?|tutors?|lecturers?|teaching|docentes?|profesor[a]?|enseignant\w*|lehrer\w*|lehrkr[aä]ft\w*)\b/i,
  ],
  [
    'legal',
    /\b(attorney|lawyer|paralegal|legal counsel|general counsel|solicitor|abogad[oa]|avocat\w*|rechtsanw[aä]lt\w*|jurist\w*)\b/i,
  ],
];
/** Families that share most of the work. */
const NEAR: readonly [string, string][] = [
  ['fullstack', 'frontend'],
  ['fullstack', 'backend'],
  ['fullstack', 'java'],
  ['backend', 'java'],
  ['backend', 'python'],
  ['ml', 'python'],
  ['ml', 'data'],
  ['product', 'design'],
  ['product', 'project'],
  ['backend', 'devops'],
  ['devops', 'sysadmin'],
  ['security', 'sysadmin'],
  ['clinical', 'nursing'],
  ['research', 'ml'],
  ['gis', 'data'],
];

/**
 * A title or narrative naming software development without saying which kind, in the languages
 * postings come in: "Softwareentwickler", "Desarrollador", "Développeur", "Programmer".
 */
const SOFTWARE_ROLE =
  /\b(software[- ]?(?:engineer|developer|entwickler\w*|ingenieur\w*|ontwikkelaar\w*)|softwareentwickl\w+|software-?entwicklung|programmer|programmier\w*|programmeur\w*|programador\w*|programmatore|entwickler\w*|desarrollador\w*|developpeu\w+|sviluppator\w*|ontwikkelaar\w*|ingeniero de software|ingenieur logiciel|developer)\b/i;
/** {@link SOFTWARE_ROLE} for every occurrence, to cut the role from a title. */
const SOFTWARE_ROLES = new RegExp(SOFTWARE_ROLE.source, 'gi');
/** A degree or field of study that prepares for software development without naming the role. */
const COMPUTING_STUDIES =
  /\b(computer science|software engineering|informati[ck]\w*|ciencias de la computacion)\b/i;
/** Families whose work is one kind of software development. */
const SOFTWARE_KINDS = new Set(['frontend', 'backend', 'fullstack', 'mobile', 'java', 'python']);

const STOP = new Set([
  'and',
  'or',
  'the',
  'of',
  'for',
  'a',
  'an',
  'de',
  'la',
  'el',
  'en',
  'para',
  'senior',
  'junior',
  'sr',
  'jr',
  'lead',
  'principal',
  'staff',
  'intern',
  // Role nouns of every field: "Specialist" or "Manager" in a title says nothing of the field,
  // so a designer who is a "UX specialist" shares nothing with an "IT Support Specialist".
  'specialist',
  'manager',
  'engineer',
  'developer',
  'analyst',
  'coordinator',
  'officer',
  'associate',
  'assistant',
  'consultant',
  'expert',
  'years',
  'experience',
  'with',
  'to',
  'in',
]);

/** Each family's pattern for every occurrence (built once): its words are cut from a title. */
const FAMILY_NAMES: readonly RegExp[] = FAMILIES.map(([, re]) => new RegExp(re.source, 'gi'));

const families = (text: string): string[] =>
  FAMILIES.filter(([, re]) => re.test(text)).map(([f]) => f);

/**
 * How well the resume's roles fit the posting's title, 0..1. A title that names software
 * development and no narrower family ("Softwareentwickler", "Developer") is fully met by a
 * resume that names any kind of it; the word "software" alone in a resume does not meet it.
 */
export const roleFit = (jdTitle: string, resumeText: string): number => {
  const title = foldAccents(jdTitle);
  const resume = foldAccents(resumeText);
  const wanted = families(title);
  if (wanted.length > 0 || !SOFTWARE_ROLE.test(title))
    return familyAndWordFit(title, wanted, resume);
  const developer =
    SOFTWARE_ROLE.test(resume) || families(resume).some((f) => SOFTWARE_KINDS.has(f));
  if (developer) return 1;
  // Otherwise the role counts as one more word of the title, half met by computing studies;
  // the rest of the title ("Research", "ERP") is read word by word.
  const rest = titleWords(title.replace(SOFTWARE_ROLES, ' '));
  const hint = COMPUTING_STUDIES.test(resume) ? 0.5 : 0;
  return (hint + foundWords(rest, resume)) / (rest.length + 1);
};

/** Fit by the families the title names (`wanted`) and by the title's other words. */
const familyAndWordFit = (title: string, wanted: readonly string[], resume: string): number => {
  const have = new Set(families(resume));
  let familyFit = 0;
  for (const f of wanted) {
    if (have.has(f)) familyFit = 1;
    else if (NEAR.some(([a, b]) => (a === f && have.has(b)) || (b === f && have.has(a))))
      familyFit = Math.max(familyFit, 0.6);
  }
  // Words of a family's name ("Front End") are read as that family, not one by one: "end" of
  // "end-to-end" and "engineer" alone say little of a front-end engineer.
  const words = titleWords(FAMILY_NAMES.reduce((t, re) => t.replace(re, ' '), title));
  const overlap = words.length === 0 ? 0 : foundWords(words, resume) / words.length;
  if (wanted.length === 0 && words.length === 0) return 0.5;
  // When the title names a family, the other words ("engineer", "manager") count half at most.
  return wanted.length > 0 ? Math.max(familyFit, 0.5 * overlap) : overlap;
};

/** A title's words that can name a field: no stop words, no bare role nouns. */
const titleWords = (title: string): string[] =>
  title
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((w) => w.length > 1 && !STOP.has(w));

/** How many of the words the resume has, each as a whole word. */
const foundWords = (words: readonly string[], resume: string): number => {
  const lower = resume.toLowerCase();
  return words.filter((w) =>
    new RegExp(`(^|[^\\p{L}])${escapeRegex(w)}($|[^\\p{L}])`, 'u').test(lower),
  ).length;
};
