import type { Token } from '../text/tokenize.ts';
import { PHRASED_VERB_OBJECTS } from './data/verb-objects.data.ts';
import type { SkillMatch } from './match-skills.ts';

/** A skill named as a verb and its object, with a few words between them. */
interface VerbObject {
  skill: string;
  /** The verb's forms (lower case, accents folded). */
  verbs: readonly string[];
  /** The object's words. */
  objects: ReadonlySet<string>;
  /**
   * Words that, right before the object, show another sense of it: "optimize employee
   * performance" is no software's.
   */
  notAfter?: ReadonlySet<string>;
}

/** People whose performance a coach or a manager improves: not a system's performance. */
const PEOPLE = new Set([
  'employee',
  'employees',
  'staff',
  'student',
  'students',
  'learner',
  'learners',
  'researcher',
  'researchers',
  'worker',
  'workers',
  'team',
  'individual',
  'sales',
  'academic',
  'job',
  'athletic',
  'athlete',
  'athletes',
  'teacher',
  'teachers',
  'agent',
  'agents',
]);

const MANAGE = ['manage', 'manages', 'managing'];
const OVERSEE = ['oversee', 'oversees', 'overseeing', 'oversaw'];
const LEAD = ['lead', 'leads', 'led', 'leading'];
const WRITE = ['write', 'writes', 'writing', 'wrote'];
/** "Manage" in Spanish, Portuguese and Italian (folded). */
const ROMANCE_MANAGE = ['gestionar', 'gerenciar', 'gestire'];
/** "Write" in French, Spanish, Portuguese and Italian (folded). */
const ROMANCE_WRITE = ['rediger', 'redactar', 'redigere', 'escrever', 'escribir', 'scrivere'];
/** "Team" in French, Spanish, Portuguese and Italian (folded: "équipe" is "equipe"). */
const ROMANCE_TEAM = ['equipe', 'equipes', 'equipo', 'equipos', 'equipa', 'equipas', 'squadra'];
const OPTIMIZE = [
  'optimize',
  'optimise',
  'optimizes',
  'optimises',
  'optimizing',
  'optimising',
  'optimized',
  'optimised',
];
const DATA = new Set([
  'data',
  'datasets',
  'dataset',
  'daten',
  'datenmengen',
  'datensatze',
  'donnees',
  'datos',
  'dados',
  'dati',
  'gegevens',
]);

/** A rule written as one line, `Skill|verb forms|object words` (see `data/verb-objects.data.ts`). */
const fromLine = (line: string): VerbObject => {
  const [skill = '', verbs = '', objects = ''] = line.split('|');
  return { skill, verbs: verbs.split(' '), objects: new Set(objects.split(' ')) };
};

/**
 * Skills written as what one does to something: "analyze large data sets", "integrate, analyze,
 * and evaluate data", "analysis of data quality", "Auswertung großer Datenmengen", "analyser des
 * données", "analizar datos", "clean and validate data", "manage the department's budget",
 * "oversee IT vendors", "gather business requirements", "explain technical concepts", "lead an
 * experienced team", "present initial results", "writing detailed documentation", "write progress
 * reports", "supervise a small team", "administering Linux systems", "managing Linux servers",
 * "resolve user incidents", "giving presentations", "review pull requests", "keep the office and
 * documentation organized", "write grant proposals", "monitor production systems", "migrate our
 * services to the cloud", "secure the network", "reconcile vendor accounts", "edit short videos",
 * "build accessible websites", "negotiate prices with suppliers", "screen applicants", "teach
 * introductory courses", "care for patients", "write and edit scripts", "manage multiple
 * projects", "patch systems", "presented them to stakeholders", "managed a 5-person team". The
 * aliases name the common phrasings ("analyzing data"); these read the ones with words between.
 * A verb names one skill at most, by the first object after it.
 */
const VERB_OBJECTS: readonly VerbObject[] = [
  {
    skill: 'Data Analysis',
    verbs: [
      'analyze',
      'analyse',
      'analyzes',
      'analyses',
      'analyzed',
      'analysed',
      'analyzing',
      'analysing',
      'analysis',
      'auswerten',
      'auswertung',
      'analyser',
      'analysez',
      'analizar',
      'analizando',
      'analisar',
      'analisando',
      'analizzare',
      'analizzando',
      'analyseren',
    ],
    objects: DATA,
  },
  {
    skill: 'Data Cleaning',
    verbs: ['clean', 'cleans', 'cleaned', 'cleaning', 'cleanse', 'cleansing'],
    objects: DATA,
  },
  {
    skill: 'Budgeting',
    verbs: [
      ...MANAGE,
      ...OVERSEE,
      'prepare',
      'prepares',
      'preparing',
      'develop',
      'develops',
      'developing',
      'monitor',
      'monitors',
      'monitoring',
      // French, Spanish, Portuguese, Italian: "gérer le budget", "elaborar el presupuesto".
      'gerer',
      'suivre',
      'elaborer',
      ...ROMANCE_MANAGE,
      'elaborar',
      'preparar',
      'preparare',
    ],
    objects: new Set([
      'budget',
      'budgets',
      'presupuesto',
      'presupuestos',
      'orcamento',
      'orcamentos',
    ]),
  },
  {
    skill: 'Vendor Management',
    verbs: [...MANAGE, ...OVERSEE, 'coordinate', 'coordinates', 'coordinating'],
    objects: new Set(['vendor', 'vendors', 'supplier', 'suppliers']),
  },
  {
    skill: 'Communication',
    verbs: ['explain', 'explains', 'explaining', 'articulate', 'articulates', 'articulating'],
    objects: new Set(['concepts', 'ideas', 'decisions', 'thinking', 'rationale', 'topics']),
  },
  {
    skill: 'Leadership',
    verbs: LEAD,
    objects: new Set(['team', 'teams', 'people', 'staff']),
  },
  {
    skill: 'Presentation Skills',
    verbs: ['present', 'presents', 'presented', 'presenting'],
    objects: new Set([
      'findings',
      'results',
      'research',
      'insights',
      'recommendations',
      'papers',
      'posters',
      'talks',
      'roadmap',
      'roadmaps',
      'strategy',
      'information',
      'updates',
      'analyses',
      'proposals',
      'seminars',
    ]),
  },
  {
    // The audience: "presented them to stakeholders", "presented to team members"; not the
    // adjective ("the present team").
    skill: 'Presentation Skills',
    verbs: ['presents', 'presented', 'presenting'],
    objects: new Set([
      'stakeholders',
      'leadership',
      'executives',
      'clients',
      'management',
      'board',
      'committee',
      'customers',
      'team',
    ]),
  },
  {
    skill: 'Documentation',
    verbs: [
      ...WRITE,
      'maintain',
      'maintains',
      'maintaining',
      'produce',
      'produces',
      'producing',
      'create',
      'creates',
      'creating',
    ],
    objects: new Set(['documentation']),
  },
  {
    skill: 'Writing Skills',
    verbs: [...WRITE, 'draft', 'drafts', 'drafting'],
    objects: new Set([
      'reports',
      'proposals',
      'articles',
      'manuscripts',
      'copy',
      'summaries',
      'memos',
      'briefs',
    ]),
  },
  {
    skill: 'Team Management',
    verbs: [
      'supervise',
      'supervises',
      'supervising',
      'supervised',
      ...MANAGE,
      'managed',
      ...LEAD,
      ...OVERSEE,
    ],
    objects: new Set([
      'team',
      'teams',
      'staff',
      'employees',
      'members',
      'people',
      'developers',
      'engineers',
      'interns',
      'volunteers',
      'assistants',
      'technicians',
      'analysts',
      'helpers',
    ]),
  },
  {
    skill: 'Performance Optimization',
    verbs: OPTIMIZE,
    objects: new Set(['code', 'queries', 'software', 'performance', 'websites', 'applications']),
    notAfter: PEOPLE,
  },
  {
    skill: 'UI Design',
    verbs: ['design', 'designs', 'designed', 'designing'],
    objects: new Set(['interfaces', 'uis']),
  },
  {
    skill: 'Facilitation',
    verbs: [
      'facilitate',
      'facilitates',
      'facilitated',
      'facilitating',
      ...LEAD,
      'run',
      'runs',
      'ran',
      'running',
    ],
    objects: new Set(['workshops', 'workshop']),
  },
  {
    skill: 'Inventory Management',
    verbs: [
      ...MANAGE,
      'managed',
      'supervise',
      'supervised',
      'supervising',
      'track',
      'tracked',
      'tracking',
      'optimize',
      'optimized',
      'optimizing',
      'optimise',
      'optimised',
      'optimising',
      'optimization',
      'optimisation',
    ],
    objects: new Set(['inventory', 'inventories', 'stock', 'stocks']),
  },
  {
    skill: 'Time Management',
    verbs: ['meet', 'meets', 'meeting', 'met', 'hit', 'hitting'],
    objects: new Set(['deadlines']),
  },
  {
    skill: 'Event Planning',
    verbs: [
      'plan',
      'plans',
      'planned',
      'planning',
      'organize',
      'organizes',
      'organized',
      'organizing',
      'organise',
      'organises',
      'organised',
      'organising',
      'host',
      'hosted',
      'hosting',
      'execute',
      'executed',
      'executing',
      'coordinate',
      'coordinates',
      'coordinated',
      'coordinating',
    ],
    objects: new Set([
      'events',
      'conferences',
      'workshops',
      'meetups',
      'hackathons',
      'seminars',
      'seminar',
      'symposia',
      'symposium',
      'webinars',
      'gatherings',
    ]),
  },
  {
    skill: 'System Administration',
    verbs: ['administer', 'administers', 'administering', 'administered'],
    objects: new Set(['systems', 'servers', 'system', 'server']),
  },
  {
    skill: 'System Administration',
    verbs: [
      ...MANAGE,
      'configure',
      'configures',
      'configuring',
      'maintain',
      'maintains',
      'maintaining',
      'patch',
      'patching',
    ],
    objects: new Set(['servers']),
  },
  {
    skill: 'Incident Management',
    verbs: [
      ...MANAGE,
      'resolve',
      'resolves',
      'resolving',
      'handle',
      'handles',
      'handling',
      'triage',
      'triages',
      'triaging',
      'respond',
      'responds',
      'responding',
    ],
    objects: new Set(['incidents', 'outages']),
  },
  {
    skill: 'Public Speaking',
    verbs: ['give', 'gives', 'giving', 'deliver', 'delivers', 'delivering', 'delivered'],
    objects: new Set(['talks', 'presentations', 'seminars', 'lectures', 'speeches', 'keynotes']),
  },
  {
    skill: 'Requirements Gathering',
    verbs: ['gather', 'gathers', 'gathering', 'elicit', 'eliciting', 'capture', 'capturing'],
    objects: new Set(['requirements']),
  },
  {
    skill: 'Organization Skills',
    verbs: ['keep', 'keeps', 'keeping', 'stay', 'stays', 'staying', 'remain', 'remains'],
    objects: new Set(['organized', 'organised']),
  },
  {
    skill: 'Code Review',
    verbs: ['review', 'reviews', 'reviewing', 'reviewed'],
    objects: new Set(['code', 'pull', 'prs', 'merge']),
  },
  {
    skill: 'Project Management',
    verbs: [
      ...MANAGE,
      'managed',
      ...OVERSEE,
      'direct',
      'directs',
      'directed',
      'directing',
      'coordinate',
      'coordinates',
      'coordinated',
      'coordinating',
    ],
    objects: new Set(['projects', 'project']),
  },
  {
    skill: 'Scripting',
    verbs: [
      ...WRITE,
      'written',
      'edit',
      'editing',
      'build',
      'building',
      'built',
      'develop',
      'developing',
      'developed',
      'create',
      'creating',
      'created',
    ],
    objects: new Set(['scripts', 'script']),
  },
  {
    skill: 'Grant Writing',
    verbs: [...WRITE, 'draft', 'drafts', 'drafting', 'drafted'],
    objects: new Set(['grants']),
  },
  {
    skill: 'Monitoring',
    verbs: ['monitor', 'monitors', 'monitoring', 'monitored'],
    objects: new Set([
      'systems',
      'servers',
      'services',
      'infrastructure',
      'applications',
      'networks',
    ]),
  },
  {
    skill: 'Cloud Migration',
    verbs: ['migrate', 'migrates', 'migrating', 'migrated'],
    objects: new Set(['cloud']),
  },
  {
    skill: 'Network Security',
    verbs: ['secure', 'secures', 'securing', 'secured'],
    objects: new Set(['networks', 'network']),
  },
  {
    skill: 'Video Editing',
    verbs: ['edit', 'edits', 'editing', 'edited'],
    objects: new Set(['videos', 'video', 'footage']),
  },
  {
    skill: 'Web Development',
    verbs: [
      'build',
      'builds',
      'building',
      'built',
      'develop',
      'develops',
      'developing',
      'developed',
    ],
    objects: new Set(['websites', 'website', 'webpages']),
  },
  {
    skill: 'Negotiation',
    verbs: ['negotiate', 'negotiates', 'negotiated'],
    objects: new Set(['suppliers', 'vendors', 'prices', 'pricing', 'terms', 'deals']),
  },
  {
    skill: 'Recruiting',
    verbs: ['screen', 'screens', 'screening', 'screened', 'recruit', 'recruits', 'recruited'],
    objects: new Set(['candidates', 'applicants', 'resumes', 'volunteers', 'talent', 'employees']),
  },
  {
    skill: 'Teaching',
    verbs: ['teach', 'teaches', 'teaching', 'taught'],
    objects: new Set([
      'courses',
      'course',
      'classes',
      'class',
      'lessons',
      'students',
      'undergraduates',
    ]),
  },
  {
    skill: 'Patient Care',
    verbs: ['care', 'cares', 'caring', 'cared', 'treat', 'treats', 'treating', 'treated'],
    objects: new Set(['patients']),
  },
  {
    skill: 'Patch Management',
    verbs: ['patch', 'patches', 'patching', 'patched'],
    objects: new Set(['systems', 'software', 'vulnerabilities']),
  },
  // The same work in French, Spanish, Portuguese and Italian (text folded: no accents).
  {
    skill: 'Writing Skills',
    verbs: [...ROMANCE_WRITE, 'elaborar'],
    objects: new Set([
      'rapports',
      'informes',
      'relatorios',
      'relazioni',
      'articulos',
      'artigos',
      'articoli',
    ]),
  },
  {
    skill: 'Documentation',
    verbs: ROMANCE_WRITE,
    objects: new Set(['documentation', 'documentacion', 'documentacao', 'documentazione']),
  },
  {
    skill: 'Event Planning',
    verbs: [
      'organiser',
      'organizar',
      'organizzare',
      'planifier',
      'planificar',
      'planejar',
      'pianificare',
    ],
    objects: new Set([
      'evenements',
      'evenement',
      'eventos',
      'evento',
      'eventi',
      'conferences',
      'conferencias',
      'congres',
    ]),
  },
  {
    skill: 'System Administration',
    verbs: ['administrer', 'administrar', 'amministrare'],
    objects: new Set(['serveurs', 'servidores', 'server', 'systemes', 'sistemas', 'sistemi']),
  },
  {
    skill: 'Leadership',
    verbs: ['liderar', 'diriger', 'dirigir', 'dirigere'],
    objects: new Set(ROMANCE_TEAM),
  },
  {
    skill: 'Team Management',
    verbs: [
      'coordonner',
      'coordinar',
      'coordenar',
      'coordinare',
      ...ROMANCE_MANAGE,
      'encadrer',
      'animer',
    ],
    objects: new Set([...ROMANCE_TEAM, 'team']),
  },
  {
    skill: 'Web Development',
    verbs: [
      'developper',
      'desarrollar',
      'desenvolver',
      'sviluppare',
      'creer',
      'crear',
      'criar',
      'creare',
    ],
    objects: new Set(['web']),
  },
  {
    skill: 'Customer Service',
    verbs: ['atender', 'accueillir'],
    objects: new Set([
      'clientes',
      'cliente',
      'clients',
      'client',
      'public',
      'visiteurs',
      'usuarios',
    ]),
  },
  // German names the work as a noun before its object: "Organisation von Veranstaltungen",
  // "Betreuung der Server", "Verwaltung des Budgets", "Führung eines Teams" (folded: no umlauts).
  {
    skill: 'Event Planning',
    verbs: ['organisation', 'organization', 'planung', 'durchfuhrung'],
    objects: new Set(['veranstaltungen', 'veranstaltung', 'events', 'tagungen', 'konferenzen']),
  },
  {
    skill: 'System Administration',
    verbs: ['betreuung', 'administration', 'wartung', 'verwaltung'],
    objects: new Set(['server', 'servern', 'servers', 'systeme', 'systemen']),
  },
  {
    skill: 'Budgeting',
    verbs: ['verwaltung', 'planung', 'uberwachung', 'steuerung'],
    objects: new Set(['budget', 'budgets']),
  },
  {
    skill: 'Leadership',
    verbs: ['fuhrung'],
    objects: new Set(['team', 'teams', 'mitarbeitenden', 'mitarbeiter', 'mitarbeiterinnen']),
  },
  {
    skill: 'Team Management',
    verbs: ['koordination', 'koordinierung'],
    objects: new Set(['team', 'teams']),
  },
  {
    skill: 'Account Reconciliation',
    verbs: ['reconcile', 'reconciles', 'reconciling', 'reconciled'],
    objects: new Set(['accounts', 'account', 'statements', 'transactions', 'balances']),
  },
  ...PHRASED_VERB_OBJECTS.map(fromLine),
];

/** The rules each verb form opens (built once): one lookup per token. */
const RULES_BY_VERB: ReadonlyMap<string, readonly VerbObject[]> = (() => {
  const map = new Map<string, VerbObject[]>();
  for (const rule of VERB_OBJECTS)
    for (const verb of rule.verbs) map.set(verb, [...(map.get(verb) ?? []), rule]);
  return map;
})();

/**
 * Whether a word (lower case, accents folded) is a verb form some rule reads: "manage" in
 * "to manage multiple projects" names the candidate's work, never a team one works with.
 */
export const isRuleVerb = (word: string): boolean => RULES_BY_VERB.has(word);

/** At most this many words between the verb and its object, numbers not counted. */
const MAX_BETWEEN = 3;
/** A number written in digits ("5" in "a 5-person team"). */
const NUMBER = /^\d{1,6}$/;
/**
 * What may separate those words on one line: spaces, commas, hyphens and a currency's sign
 * ("analyze, and evaluate", "a five-person team", "managed a $1 million budget").
 */
const GAP = /^[ ,$€£-]{1,4}$/;
/**
 * A line break inside a sentence of hard-wrapped text ("may interview entry level\ncandidates"):
 * the next line goes on in lower case, with no bullet.
 */
const SOFT_WRAP = /^[ ,]{0,2}\r?\n[ \t]{0,4}$/;
/** An apostrophe written or typeset, after an elided article or preposition. */
const APOSTROPHE = /^['’]$/;
/**
 * French and Italian words elided before a vowel ("d'événements", "l'équipe", "dell'evento"):
 * joined to the next word by an apostrophe alone, they stay in the phrase.
 */
const ELIDED = new Set(['d', 'l', 'qu', 'dell', 'dall', 'nell', 'sull', 'all', 'un']);
/** Whether the text between two words keeps them in one phrase. */
const joins = (gap: string, next: Token, prev: Token): boolean =>
  GAP.test(gap) ||
  (SOFT_WRAP.test(gap) && /^\p{Ll}/u.test(next.raw)) ||
  (APOSTROPHE.test(gap) && ELIDED.has(prev.norm));

/**
 * Finds skills named as a verb and its object (see {@link VERB_OBJECTS}) that no match in
 * `found` (in text order) already names from the verb on. Reads at most a few tokens after each
 * verb: linear in the tokens.
 */
export const matchVerbObjects = (
  text: string,
  tokens: readonly Token[],
  found: readonly SkillMatch[],
): SkillMatch[] => {
  const out: SkillMatch[] = [];
  let f = 0;
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i] as Token;
    const rules = RULES_BY_VERB.get(verb.norm);
    if (rules === undefined) continue;
    // Up to two numbers between are free: "managed a 5-person team".
    let last = i + MAX_BETWEEN + 1;
    const farthest = last + 2;
    for (let k = i + 1; k <= last && k < tokens.length; k++) {
      const prev = tokens[k - 1] as Token;
      const token = tokens[k] as Token;
      if (!joins(text.slice(prev.end, token.start), token, prev)) break;
      if (last < farthest && NUMBER.test(token.norm)) last++;
      const rule = rules.find((r) => r.objects.has(token.norm) && !r.notAfter?.has(prev.norm));
      if (rule === undefined) continue;
      // A match of the same skill from the verb on ("analyzing data") already names it; one
      // of the object alone ("documentation") gives way to this one (see scanText).
      while (f < found.length && (found[f] as SkillMatch).end <= verb.start) f++;
      let named = false;
      for (let g = f; g < found.length && (found[g] as SkillMatch).start <= verb.start; g++)
        if ((found[g] as SkillMatch).skill === rule.skill) named = true;
      if (!named) out.push({ skill: rule.skill, start: verb.start, end: token.end });
      break;
    }
  }
  return out;
};
