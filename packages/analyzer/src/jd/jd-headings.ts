import type { HeadingVocabulary } from '../text/sections.ts';

/** Where a phrase of a job description sits. */
export type JdSection = 'intro' | 'responsibilities' | 'requirements' | 'preferred' | 'boilerplate';

/**
 * Headings of job descriptions: English and Spanish, and the common work and profile headings of
 * German, French, Italian, Portuguese, Dutch and Scandinavian postings (lowercase, accents
 * folded). Their company and
 * benefit headings are not boilerplate here: on the tuning postings, marking them so dropped 12
 * correct skills (a company's own stack, the team's tools) for no gain in precision.
 */
export const JD_HEADINGS: HeadingVocabulary<JdSection> = {
  intro: [
    'job description',
    'description',
    'overview',
    'position summary',
    'job summary',
    'summary',
    'descripcion',
    // "About the role" / "About the job" describe the work: never boilerplate (unlike "About us").
    'about the role',
    'about this role',
    'about the job',
    'about this job',
    'about the position',
    'about this position',
    'about the opportunity',
    'about the team',
    'about your team',
    'sobre el puesto',
    'sobre el rol',
    'stellenbeschreibung',
    'die stelle',
    'uber die stelle',
    'description du poste',
    'le poste',
    'descrizione del ruolo',
    'il ruolo',
    'descricao da vaga',
    'sobre a vaga',
    // Dutch and the Scandinavian languages (folded).
    'om stillingen',
    'om rollen',
    'om jobbet',
    'om tjenesten',
    'functieomschrijving',
    'over de functie',
    'de functie',
  ],
  responsibilities: [
    'responsibilities',
    // An HR post's duty, not the employer's perks (a longer phrase wins over "benefits").
    'benefits administration',
    'key responsibilities',
    'your responsibilities',
    'roles and responsibilities',
    'what you will do',
    "what you'll do",
    'what you will be doing',
    'duties',
    'essential duties',
    'essential functions',
    'job duties',
    'duties and responsibilities',
    'the role',
    'your role',
    'in this role',
    'day to day',
    'funciones',
    'responsabilidades',
    'tareas',
    'principales funciones',
    'aufgaben',
    'deine aufgaben',
    'ihre aufgaben',
    'deine verantwortlichkeiten',
    'ihre verantwortlichkeiten',
    'verantwortlichkeiten',
    'dein aufgabengebiet',
    'ihr aufgabengebiet',
    'das erwartet dich',
    'was dich erwartet',
    'was sie erwartet',
    'in diesen bereichen wirst du arbeiten',
    'missions',
    'vos missions',
    'votre mission',
    'missions principales',
    'activites',
    'vos activites',
    'responsabilites',
    'vos responsabilites',
    'attivita',
    'mansioni',
    'compiti',
    'responsabilita',
    'cosa farai',
    'atividades',
    'atribuicoes',
    // Dutch and the Scandinavian languages (folded).
    'arbeidsoppgaver',
    'dine arbeidsoppgaver',
    'ansvar og arbeidsoppgaver',
    'ansvar & arbeidsoppgaver',
    'arbetsuppgifter',
    'dina arbetsuppgifter',
    'arbejdsopgaver',
    'dine opgaver',
    'taken',
    'jouw taken',
    'wat ga je doen',
    'verantwoordelijkheden',
  ],
  requirements: [
    'requirements',
    'job requirements',
    'qualifications',
    'minimum qualifications',
    'required qualifications',
    'basic qualifications',
    'required skills',
    'requirements and qualifications',
    'must have',
    'must-have',
    'must haves',
    "what you'll need",
    'what you will need',
    "what we're looking for",
    'what we are looking for',
    'who you are',
    'about you',
    'about yourself',
    'sobre ti',
    'skills',
    'skills and experience',
    'knowledge, skills and abilities',
    'knowledge, skills, and abilities',
    'education and experience',
    'experience',
    'requisitos',
    'requisitos minimos',
    'perfil',
    'perfil requerido',
    'formacion academica',
    'minimum requirements',
    'required',
    'profil',
    'dein profil',
    'ihr profil',
    'anforderungen',
    'voraussetzungen',
    'qualifikationen',
    'das bringst du mit',
    'was du mitbringst',
    'was sie mitbringen',
    'das solltest du mitbringen',
    'wen wir suchen',
    'profil recherche',
    'votre profil',
    'competences',
    'competences requises',
    'prerequis',
    'exigences',
    'requisiti',
    'requisiti richiesti',
    'competenze',
    'competenze richieste',
    'profilo',
    'profilo richiesto',
    'qualifiche',
    'qualifiche chiave',
    'esperienza richiesta',
    'chi cerchiamo',
    'qualificacoes',
    'o que procuramos',
    // Dutch and the Scandinavian languages (folded).
    'kvalifikasjoner',
    'kvalifikationer',
    'kvalifikasjoner og profil',
    'kvalifikasjoner & profil',
    'om deg',
    'om dig',
    'vem ar du',
    'vi soker dig som',
    'din profil',
    'krav',
    'kompetanse',
    'kompetens',
    'wie ben jij',
    'wat vragen wij',
    'wat breng je mee',
    'functie-eisen',
    'functie eisen',
    'vereisten',
    'jouw profiel',
    'profiel',
    'kwalificaties',
  ],
  preferred: [
    'preferred',
    'preferred qualifications',
    'preferred skills',
    'nice to have',
    'nice-to-have',
    'bonus',
    'bonus points',
    'pluses',
    'desired',
    'desired qualifications',
    'desirable',
    'deseable',
    'deseables',
    'valorable',
    'se valorara',
    'additional qualifications',
    'preferred experience',
    'it would be great if',
    'wunschenswert',
    'von vorteil',
    'pluspunkte',
    'atouts',
    'un plus',
    'serait un plus',
    'titoli preferenziali',
    'costituisce titolo preferenziale',
    'gradito',
    'graditi',
    'diferenciais',
    'desejavel',
    // Dutch and the Scandinavian languages (folded).
    'meriterande',
    'meriterende',
    'det er en fordel',
    'fordel',
    'pluspunten',
    'een pre',
  ],
  boilerplate: [
    'about',
    'about us',
    'about the company',
    'who we are',
    'benefits',
    'perks',
    'what we offer',
    'how to apply',
    'to apply',
    'compensation',
    'salary',
    'equal opportunity',
    'condiciones del contrato',
    'como postular',
    'beneficios',
    'sobre nosotros',
    'quienes somos',
    'que ofrecemos',
    'lo que ofrecemos',
    'ofrecemos',
    'recomendaciones para postular',
    'application instructions',
    'additional information',
    'physical demands',
    'working conditions',
    'eeo statement',
    // A privacy notice on the applicant's data (GDPR, Datenschutz): the law's words, not the job's.
    'information on the processing of personal data',
    'processing of personal data',
    'privacy notice',
    'privacy policy',
    'data protection notice',
    'datenschutzhinweise',
    'datenschutz',
    'protection des donnees',
    'proteccion de datos',
    'informativa privacy',
    'informativa sul trattamento dei dati',
    'apply',
    'why join',
    'why work with us',
    // A bibliography: authors' initials ("Andrus, B. R.") and cited titles are no requirements.
    'references',
    'bibliography',
    'bibliographie',
    'bibliografia',
    'referencias',
    'literaturverzeichnis',
  ],
};

/** Sentences of employer boilerplate (equal opportunity, accommodations): their words are no skills. */
export const BOILERPLATE_SENTENCE =
  /\b(equal (?:employment )?opportunity|affirmative action|discriminat\w*|diversity, equity|reasonable accommodation\w*|protected veteran|without regard to|drug[- ]free|background (check|investigation)s?|we use cookies|cookie policy)\b/i;

/**
 * A sentence on how to apply: "You submit a coding challenge using GitHub", "anexando tu CV,
 * portafolio y/o GitHub", "To apply, send your portfolio". The tools it names are the
 * application's, not the job's. "Apply" alone is no sign ("skills to apply a wide range of
 * methods"), nor is the hiring process (a recruiter's job is to improve it). Read on the folded
 * text, without accents ("envía" is "envia").
 */
export const APPLICATION_SENTENCE =
  /^[\W\d]{0,4}(?:how to apply|to apply[,:])|\b(?:apply (?:here|now|online|via|through)|please (?:send|submit|email)|send (?:us )?(?:your|a|an) (?:cv|resume|application|portfolio)|submit (?:your|a|an) (?:cv|resume|application|coding challenge|portfolio)|(?:anexando|adjuntando|adjunta|anexa) (?:tu |su )?(?:cv|curriculum|portafolio)|bewerben sie sich|bewirb dich|envoie[sz]? (?:ton|votre|nous) (?:cv|candidature)|envia(?:nos)? (?:tu|su) (?:cv|curriculum)|postulate)\b/i;

/**
 * A sentence whose subject is the person hired, not the employer: "The Digital Technologies
 * Development Librarian maintains ...", "The Data Engineer develops ...". Its words are the job.
 */
export const ROLE_SUBJECT =
  /^[\W\d]{0,4}(?:[Tt]he|[Tt]his|[Oo]ur|[Aa]n?)\s+(?:[\p{L}&'’-]+\s+){0,5}?(?:librarian|engineer|developer|analyst|manager|specialist|scientist|coordinator|officer|administrator|designer|architect|assistant|associate|technician|lead|intern|candidate|incumbent|applicant|position|role|postdoc|fellow|curator|archivist|consultant|director|editor|researcher|programmer)s?\s/iu;

/** What an employer calls itself after "X is a ..." (both forms of {@link EMPLOYER_SENTENCE}). */
const EMPLOYER_NOUNS =
  'community|nonprofit|non-profit|organi[sz]ation|foundation|company|startup|agency|institution|firm|employer|enterprise|consortium';

/**
 * A sentence in which the employer describes itself: "Digital Library Initiatives has produced a
 * number of systems", "The Data Services team maintains a culture of collaboration", "Acme is a
 * leading provider of". Its words name the employer's work, not the candidate's skills. The
 * subject is a name of two to six capitalised words (a link's text too: "The [Broad Institute](...)
 * was launched in 2004"), or "the/our ... team/department/library"; "X is a community/nonprofit
 * that ...", "X ist ein gemeinnütziger Verein", "We are committed to open science", "Our code is
 * open source" say the same; so do "X is led by / composed of / specializes in", "X is the ...
 * standard" (one capitalised word is enough there), "We strive / enable / aim to ..." and
 * Spanish and French "es una empresa", "est une entreprise". A sentence whose subject is the
 * hired role is never the employer's ({@link ROLE_SUBJECT}).
 */
export const EMPLOYER_SENTENCE = new RegExp(
  String.raw`^[\W\d]{0,4}(?:(?:[Tt]he|[Oo]ur)\s+(?:[\p{L}&'’-]+\s+){0,5}?(?:department|team|division|unit|office|library|libraries|lab|laboratory|center|centre|institute|organi[sz]ation|company|agency|foundation)|(?:[Tt]he\s+)?\[?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?\p{Lu}[\p{L}&'’.-]*){1,5}(?:\]\s*\(?\s*\)?)?)\s+(?:has (?:produced|built|developed|created|launched|grown|pioneered|won|released)|have (?:produced|built|developed|created|launched|grown|pioneered|released)|(?:is|are) (?:currently )?(?:developing|building|home to)|(?:develops|delivers|produces|maintains|operates|pioneered|was founded|were founded|was launched|was established|was created|was formed|specializes in|specialises in|(?:is|are) (?:led by|composed of|comprised of|made up of|funded (?:by|to)))\b|(?:is|are) (?:an?|the) (?:[\p{L}()0-9-]+,?\s+){0,4}?(?:${EMPLOYER_NOUNS}|collaborative|network|provider|leader|standard)\b|ist (?:ein|eine) (?:[\p{L}-]+\s+){0,3}?(?:verein|unternehmen|stiftung|organisation|institut|startup|netzwerk)\b|es una (?:[\p{L}-]+\s+){0,3}?(?:empresa|organización|fundación|asociación|startup|comunidad)\b|est une (?:[\p{L}-]+\s+){0,3}?(?:entreprise|association|organisation|fondation|startup|communauté)\b)|^[\W\d]{0,4}\[?\p{Lu}[\p{L}&'’.-]*(?:\]\s*\(?\s*\)?)?\s+(?:is|are) (?:an?|the) (?:[\p{L}()0-9-]+,?\s+){0,4}?(?:${EMPLOYER_NOUNS}|standard)\b|^[\W\d]{0,4}(?:[Ww]e(?:'re|’re| are) (?:deeply |strongly )?(?:committed|dedicated) to|[Ww]e (?:enable|empower|aim to|exist to|build capacity) |[Oo]ur (?:goal|aim|purpose) is\b|[Ww]e (?:strive|invest|believe|celebrate|encourage|foster|pride ourselves|have (?:an? )?(?:transparent|flat|strong|diverse|open|supportive|inclusive))\b|[Oo]ur (?:code|mission|vision|values|products?|platform|software|community|work|data) (?:is|are)\b)`,
  'u',
);
