import { SKILL_BY_NAME } from '../taxonomy/taxonomy.ts';
import { blankMatches, type ScannedText, scanText } from '../text/document.ts';
import { escapeRegex } from '../text/escape-regex.ts';
import { foldAccents } from '../text/fold.ts';
import { headingOf } from '../text/sections.ts';
import { JD_HEADINGS } from './jd-headings.ts';
import {
  blankComments,
  dedentFrontMatter,
  frontMatterOf,
  withoutFrontMatter,
} from './page-markup.ts';

/**
 * "Job title: X", "Position: X", "Role: X", "Puesto: X", "Cargo: X", "Título del puesto: X",
 * "Stelle: X", "Poste : X", "Perfil solicitado: X", TOML's `title = "X"`, "Position Designation:
 * X", a front matter's title in German, French or Italian ("titel:", "titre:", "titolo:"); also
 * quoted as a Markdown block ("> Job Title: X") or as the first key of a YAML list item ("- title:
 * X", a data file of postings, indented or not). Not otherwise indented: an indented `title:` in
 * front matter names something else (an image's title).
 */
const LABEL =
  /^(?:>[ \t]*|[ \t]*-[ \t]+(?=(?:job )?title[ \t]*:))?(?:job[ _-]title|position[ _-]title|position designation|position|role|title|titel|titre|titolo|puesto|cargo|t[ií]tulo(?: del puesto)?|vacante|stelle|stellenbezeichnung|poste|intitul[ée] du poste|perfil solicitado)[ \t]*[:=\-–][ \t]*(.{3,120}?)[ \t]*$/im;
/** A title's label on a line of the top once its markup is gone ("**Title:** Product Manager"). */
const LINE_LABEL =
  /^(?:job title|position title|title|puesto|stellenbezeichnung|intitul[ée] du poste|perfil solicitado)\s*:\s*(?=\S)/i;
/** A labelled line's value without the full stop a form's field may end with ("Puesto: Técnico."). */
const LABELLED_VALUE = new RegExp(`${LINE_LABEL.source}(.*?)\\s*\\.?$`, 'i');
/** A posting as JSON data: `"PositionTitle": "X"`, `"title": "X"`, `"jobTitle": "X"`. */
const JSON_LABEL =
  /^[ \t]*"(?:PositionTitle|positionTitle|position_title|jobTitle|job_title|title)"[ \t]*:[ \t]*"([^"\n]{3,120})"/m;
/** A web page's own heading or title: `<h1>X</h1>`, `<title>X | Site</title>`, `TITLE="X"`. */
const MARKUP_LABELS: readonly RegExp[] = [
  /<h1\b[^>\n]{0,200}>([^<\n]{3,120})<\/h1>/i,
  /<title>([^<|\n]{3,120})(?:\|[^<\n]{0,120})?<\/title>/i,
  /\bTITLE="([^"\n]{3,120})"/,
  // A page component's title in JSX: `<Meta title="Inbound Marketing Manager" ...`, the
  // component's other props before it on its lines or not.
  /<[A-Z][\w.]*(?:\s+[\w-]+=(?:"[^"\n]*"|\{[^{}\n]*\}))*\s+title="([^"\n]{3,120})"/,
];
/** "Jobs (Controller)", "Careers: Data Analyst": the role inside a site's jobs page title. */
const JOBS_PAGE =
  /(?:^|[\s:|–-])(?:jobs?|careers?|vacanc(?:y|ies)|openings?|stellenangebote?)\s*(?:\(([^()]{3,80})\)|[:|–-]\s+(.{3,80}))$/i;
/** "Login.gov - Security Ops Engineer": a product or team before the role. */
const TEAM_PREFIX = /^(.{2,60}?)\s+[-–|]\s+(.{3,80})$/;
/** An adjective a headline puts before the role ("Seeks Experienced Bookkeeper"). */
const LEADING_ADJECTIVE =
  /^(?:experienced|talented|motivated|passionate|skilled|dedicated|enthusiastic|driven|creative|exceptional)\s+(?=\p{Lu})/iu;
/** A Markdown link: its text stays, its target goes ("[English version](/jobs/x.pdf)"). */
const MARKDOWN_LINK = /\[([^\]\n]{0,200})\]\([^)\n]{0,500}\)/g;
/** An article before a role ("eine studentische Hilfskraft", "a Data Analyst"). */
const LEADING_ARTICLE = /^(?:eine?n?|ein|an?|un[ao]?|une|un\(e\)|un·e|een)\s+(?=\p{L})/iu;
/** How long the week is, before the role: "Part-Time Reading Room Assistant". */
const WORKLOAD_PREFIX = /^(?:part|full)[- ]?time\s+(?=\p{Lu})/iu;
/**
 * A word that joins a title to what follows it, left at its end when the rest was cut off or
 * wrapped to a line of its own: "Vertriebsmitarbeiter (w/m/d) für", "Data Manager for the".
 */
const DANGLING_END =
  /\s+(?:f[üu]r|for|of|and|und|oder|or|with|mit|the|der|die|das|de|del|des|du|pour|para|per|voor|van|en|et|y)$/iu;

/** HTML or XML tags inside a line. */
const TAG = /<[^<>\n]{0,300}>/g;

/**
 * "Now Hiring: Metadata Curator", "Job opening - Data Analyst", "OLS is hiring! Community
 * Manager": an announcement before the role.
 */
const ANNOUNCEMENT =
  /^(?:[\p{L}.&-]+(?:\s+[\p{L}.&-]+){0,3}\s+(?:is|are)\s+hiring|now hiring|we(?:'re|’re| are) hiring|hiring|job opening|open position|vacancy|oferta de (?:feina|empleo|trabajo)|b[uú]squeda laboral|offre d'emploi|vaga|vacante|vacature)\s*[:\-–!]\s+|^(?:stellenausschreibung|stellenangebot)[:\-–]?\s+(?=\p{Lu})/iu;
/**
 * "Recrutement Ingénieur d'études", "Vacature Front-end Developer", "Vaga de Pós-Doutorado": the
 * word before a capitalised role (case matters); "Vacancy for HPC/cloud specialist" and
 * "Posición abierta para Desarrollador Jr.": the words before any role; "Recrutement d'un-e
 * chargé-e de projets": the word and its article before any role. "Stellenangebot" is
 * {@link ANNOUNCEMENT}'s.
 */
const RECRUITMENT =
  /^(?:Recrutement|Recrutamento|RECRUTEMENT|Vacature|Vacancy|Vaga de|Vaga para)\s+(?=\p{Lu})|^(?:Vacanc(?:y|ies)|Openings?) for\s+(?:(?:an?|the)\s+)?(?=\p{L})|^Posici[oó]n abierta (?:para|de)\s+(?:(?:una?)\s+)?(?=\p{L})|^(?:Recrutement|RECRUTEMENT)\s+(?=(?:d[ée]velopp|ing[ée]nieur|charg[ée]|technicien|consultant|chef|responsable|assistant|stagiaire|alternant)\p{L}*\s)|^(?:Recrutement|RECRUTEMENT)\s+d['‘’]\s?(?:une?|un-e|un·e|un\.e|un\(e\))\s+(?=\p{L})/u;
/** A page's data naming the post: `name: 'Junior QA Engineer',` in an MDX `meta` object. */
const QUOTED_NAME = /^\s*(?:name|title|position|role)\s*:\s*(['"])(.{3,120})\1,?$/i;
/**
 * "Postdoc position", "Research assistant positions", "Data Scientist vacancy", "Accountant job
 * announcement", "Post-doctoral Fellow Position Openings": the word for a post after the role, or
 * before a note in parentheses ("Research Associate Position Openings (Clinical Informatics)"); German "Stelle"
 * after a role joined to it by a hyphen ("Hiwi-Stelle").
 */
const POST_WORD =
  /(?:\s+(?:positions?|vacancy|opening|job|(?:position|job) openings?|(?:job|vacancy) (?:announcement|posting|advert(?:isement)?|ad|description))|-stelle)(?=\s*(?:\([^()]{1,60}\))?$)/i;
/**
 * A capitalised note glued to a word ("Openings(Clinical Informatics)"); a gender form in
 * lower case ("Développeur(euse)", "un(e)") is written that way and stays.
 */
const GLUED_NOTE = /(\p{Ll})\((?=\p{Lu})/gu;
/**
 * Where the post is based, after the role: "IT support analyst, based at Ipswich County
 * Library".
 */
const BASED_AT = /,?\s+(?:based|located)\s+(?:at|in|on)\s.*$/i;
/**
 * A place or an employer after the role in Spanish or French: "Asistente de Investigación para
 * estudio legislativo en Chile", "Chargé de projet chez Etalab", "Desarrollador en el IFARHU".
 * Not the Catalan "a": in English it is the article ("Join DataSF as a Data Scientist").
 */
const ROMANCE_PLACE =
  /\s+(?:en|à|chez)\s+(?:(?:el|la|los|las|le|les)\s+)?\p{Lu}[\p{L}·'’.-]*(?:\s+\p{Lu}[\p{L}·'’.-]*){0,2}$/u;
/**
 * The project a role is for, named in quotes after it: "Projektassistenz für “Digital Refugee
 * Labs”", "Developer for the project "OpenMaps"".
 */
const FOR_QUOTED_NAME =
  /\s+(?:f[üu]r|for|pour|para|per)\s+(?:(?:das|den|the|le|la|el|il|o)\s+(?:Projekt|project|projet|proyecto|progetto|projeto)\s+)?[“"«„‘'][^”"»“’'\n]{2,60}[”"»“’']$/iu;
/** The Catalan "a" before a place or an employer: "Enginyer/a de PLN a Col·lectivaT". */
const CATALAN_AT = /\s+a\s+\p{Lu}[\p{L}·'’.-]*(?:\s+\p{Lu}[\p{L}·'’.-]*){0,2}$/u;
/**
 * "Program Manager for the Biodiversity Heritage Library at Smithsonian Libraries": the
 * organisation a role serves, named with capitals after "for the".
 */
const FOR_ORGANISATION =
  /^(.{3,80}?)\s+for the\s+\p{Lu}[\p{L}&'’.-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}&'’.-]*){1,6}(?:\s+at\s+.{2,60})?$/u;

/** "Office of Solutions: FedRAMP Data Analyst": a unit before the role. */
const UNIT_PREFIX = /^[^:]{3,60}:\s+(?=\S)/;

/** A gender suffix or marker on a German or French role noun: "*in", ":in", "_in", "/in", ".e". */
const GENDER_SUFFIX = /(?:[*:_/](?:in|innen)|\.e|\(in\))(?=$|[\s,)])/gu;

/**
 * What a gender suffix leaves behind: nothing ("Entwickler*in" -> "Entwickler"), or the "e" of
 * a noun in -og that the suffix replaced ("Sozialpädagog*innen" -> "Sozialpädagoge",
 * "Psycholog:in" -> "Psychologe").
 */
const masculineEnding = (_suffix: string, at: number, line: string): string =>
  /\p{L}og$/iu.test(line.slice(Math.max(0, at - 4), at)) ? 'e' : '';
/**
 * A German adjective's gender ending before a role noun that carries a gender suffix too:
 * "Wissenschaftliche*r Mitarbeiter*in". Once the noun's suffix is dropped the adjective takes
 * the masculine form the noun is left in: "Wissenschaftlicher Mitarbeiter".
 */
const ADJECTIVE_GENDER_ENDING = /(?<=\p{L}e)[*:_/]r(?=\s+\p{L}+[*:_/](?:in|innen)(?:$|[\s,)]))/gu;

/**
 * Verbs of a Romance lead, read by {@link LEAD} and {@link ROMANCE_LOWER_LEAD} alike: "Buscamos",
 * "Recherchons", "Cerchiamo", "L'association recrute", "Estamos contratando", "Procuramos".
 */
const ROMANCE_SEEKING =
  '[Bb]uscamos|[Ee]stamos buscando|[Ee]stamos e[mn] busca de|[Rr]echerchons|[Cc]herchons|[Cc]erchiamo|[Rr]ecrute|[Rr]ecrutons|[Rr]ecrutamos|[Cc]ontratamos|[Ee]stamos contratando|[Pp]rocuramos|[Pp]rocura|[Aa]ssumiamo|[Ss]elecionamos|[Ss]eleccionamos';
/**
 * Articles of a Romance post, its gender written out too: "un", "una", "une", "un·e", "un(e)",
 * "un ou une", "um(a)", "un.e".
 */
const ROMANCE_ARTICLES = String.raw`un[ao]?|une?|une?·e|un\(e\)|un ou une|une ou un|un\.e|un-e|uma?\(o\)|um\(a\)|um\/uma|uma|um`;
/** "Suchen" and "sucht", the verb of a German lead. */
const GERMAN_SEEKING = '[Ss]uch(?:en|t)';

/**
 * "We are hiring a Senior Frontend Engineer", "looking for a specialized Game Developer",
 * "buscamos un ...", "Buscamos a Líder de Comunidad" (a sentence's first word may be
 * capitalised), "Wir suchen eine*n Software-Entwickler*in", "recherche un·e ...", "Pix cherche :
 * un(e) Data Engineer", "to fill a joint position as an Associate Director", "Position in
 * Chicago as a full-time Data Scientist": up to two
 * lower-case words (adjectives) may stand before the title; the title's words start with a
 * capital, and may be joined by "and", "of", "de", "und", "im Bereich"; a year may stand inside
 * it ("Summer 2022 Data Curation Assistant"). "Hiring Manager", "hiring committee" and "hiring
 * process" name no post.
 */
const LEAD = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ll]ooking for|[Ss]eeking|[Ss]eeks|[Hh]iring(?!\s+(?:[Mm]anagers?|[Cc]ommittees?|[Pp]rocess|[Tt]eams?|[Ll]eads?|[Pp]anels?|[Dd]ecisions?)\b)|[Jj]oin\s+(?:our|the|a)\s+(?:[\p{L}-]+\s+){0,2}team\s+as|[Jj]oin(?:\s+[\p{Lu}][\p{L}\p{N}.&-]*){1,3}\s+as|(?:[Pp]osition|[Rr]ole|[Pp]ost)(?:\s+in\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)? as|${ROMANCE_SEEKING}|busca|${GERMAN_SEEKING}|recherche|[Cc]herche|cerca)\s*:?\s+(?:(?:an?|${ROMANCE_ARTICLES}|eine?n?|eine?[*:_/]n|einen|ein[*:_/]e|ein|eine)\s+){0,2}(?:(?!(?:with|who|to|for|in|on|at|and|or|that|the|mit|die|der|das|für|pour|avec)\b)\p{Ll}[\p{L}\p{N}-]*,?\s+){0,2}(\p{Lu}[\p{L}\p{N}/+#.*:_-]*(?:\(\p{Ll}{1,4}\))?(?:(?:\s+(?:and|of|de|del|und|der|des|im Bereich|e|et)\b)?\s+(?:\p{Lu}|(?:19|20)\d\d\s+\p{Lu}|\((?=\p{L}))[\p{L}\p{N}/+#.()*:_-]*){0,5}(?:,\s+\p{Lu}[\p{L}\p{N}/+#.-]*(?:\s+\p{Lu}[\p{L}\p{N}/+#.-]*){0,2})?)`,
  'u',
);

/**
 * What a lead phrase runs on into after its sentence ends: "hiring a Senior Data Engineer.
 * Requirements: Python" keeps "Senior Data Engineer". "Jr." and "Sr." end no sentence.
 */
const SENTENCE_TAIL = /(?<!\b(?:Sr|Jr|Dr|St|Mr|Ms|Mrs|No))[.!?:]\s.*$/su;

/**
 * Pieces of a line split by bars or arrows: "Staff Scientist | Single-cell CRISPR screening",
 * a breadcrumb "Home > Careers > Data Analyst".
 */
const BAR = /\s[|›»>]\s/;

/** Lines a browser or a site adds around a posting: never a title. */
const DEBRIS = [
  /https?:\/\/|www\.|[a-z0-9]\.(?:com|org|net|io|edu|gov)\b/, // a URL (not ".NET")
  /[\w.+-]+@[\w-]+\.\w/, // an e-mail address (a contact person's)
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/, // a date (13/1/24)
  /\b\d{1,2}:\d{2}\b/, // a time (15:01)
  /\bpage \d+ (?:of|de) \d+\b|\bp[aá]gina \d+\b|^\d+ (?:of|de) \d+$/i, // page furniture
  /^(?:job|req(?:uisition)?)\s*(?:#|id\b|no\.?)/i, // a job number
  /\bcookies?\b|\bsign in\b|\blog ?in\b|\bapply now\b|\bskip to\b|\bmenu\b/i, // banners, navigation
  /^(?:apply|how to apply)\b/i, // a call to apply ("Apply on USAJOBS (link coming soon)")
  /^(?:we(?:'re|’re| are) hiring|now hiring|join(?: us| our team)?|open (?:positions|roles)|careers?|jobs|vacancies|vacatures|stellenangebote|offres d['’]emploi|ofertas de empleo|vagas)\s*!?$/i, // an announcement, no role
  /^(?:import|export|const|let|var|function)\s.*(?:\sfrom\s+['"]|=|\()/, // a line of code (a page written in JSX/TSX)
  /^\([\w:.-]+\)=$/, // a MyST or Sphinx target: "(role:data-engineer)="
  /^(?:\w+\s*:\s*)?['"]?[a-z0-9]+(?:-[a-z0-9]+){2,}['"]?,?$/, // a slug: "id: 'qa-sdet-engineer'",
  BAR, // breadcrumbs and navigation bars (a role's piece of one: {@link rolePiece})
  /^(?:c[oó]digo seguro de verificaci[oó]n|firmado por|url de verificaci[oó]n)$/i, // a Spanish e-signature's stamp on each page
  /^[\w-]+[ \t]*:[ \t]*[|>][-+]?$/, // a YAML key opening a block of text: "content: |"
  /^(?:(?:english|spanish|french|german|portuguese|italian|dutch) version|versi[oó]n en (?:espa[nñ]ol|ingl[eé]s)|version (?:fran[cç]aise|anglaise)|english|español|français|deutsch)$/i, // a link to the page in another language
  /^(?=\S*\d)(?=\S*[a-z])(?=\S*[A-Z])[\w+/=-]{16,}$/, // a code: a signature's, a hash
  /\bequal (?:employment )?opportunit(?:y|ies)\b|\baffirmative action\b/i, // an equal-opportunity statement
  /^(?:by|posted by|written by|von|par|por)\s+[\p{L}_.-]+(?:\s+[\p{L}_.-]+){0,3}$/iu, // a byline: "By Geraldine_VdAuwera"
  /^(?:job (?:description|brief|summary|overview)|description|position summary|role overview|role summary|opportunity overview|about (?:us|the (?:role|company|job))|position description|overview|summary|introduction|background)\s*:?$/i,
  /\b(?:skills|qualifications|requirements|responsibilities|abilities|competencies)\s*:?$/i, // a requirement or its heading: "Strong analytical and problem-solving skills"
  /^(?:\d{1,2}[.)]\s*)?(?:strong|excellent|good|solid|proven|demonstrated|advanced|basic|working|fluent)\b.*\b(?:skills|knowledge|experience|abilit(?:y|ies)|proficiency)\b/i, // a requirement: "Excellent written and verbal communication skills in English"
  /^(?:ansprechpartner(?:in)?|kontakt|contact(?: us| person)?|contacto|wenden sie sich\b.*)\s*:?$/i, // a contact person's heading
  // A field of the posting's card, not its post: "Empresa: Certisign", "Reports to: Director".
  /^(?:empresa|company|entreprise|unternehmen|azienda|bedrijf|employer|organi[sz]ation|organização|organización|local|location|lieu|standort|modelo|tipo|type|reports? to|reporting to)\s*:/i,
  // A section's heading that says "your role" (Dutch, English, German, French, Spanish, Portuguese, Italian).
  /^(?:jouw rol|je rol|uw rol|your role|the role|deine rolle|ihre rolle|votre rôle|ton rôle|tu rol|tu papel|seu papel|o seu papel|il tuo ruolo|il ruolo)\s*:?$/i,
];

/**
 * Words that name a role: a title-like line with one of them is preferred. German, French,
 * Dutch and the Nordic role nouns may end a compound ("Softwareontwikkelaar",
 * "Systemutvecklare"); the Dutch, Nordic, Romance and the last German ones take a feminine
 * ending but no plural one: a plural heading ("Investigadores a cargo") names the lab's people,
 * not the post.
 */
const ROLE_WORD =
  /\b(?:engineer|developer|programmer|architect|manager|analyst|scientist|designer|specialist|coordinator|director|lead|head|consultant|administrator|admin|officer|intern|assistant|associate|curator|archivist|registrar|librarian|technician|nurse|physician|educator|instructor|teacher|trainer|counselor|counsellor|therapist|pharmacist|paralegal|attorney|lawyer|counsel|generalist|clerk|bookkeeper|accountant|controller|auditor|representative|agent|writer|editor|researcher|professor|lecturer|fellow|tester|strategist|planner|advisor|adviser|supervisor|executive|operator|owner|recruiter|sre|devops|scholar|postdoc\w*|trainee|bioinformatician|statistician|biostatistician|epidemiologist|economist|mathematician|physicist|chemist|biologist|ecologist|psychologist|linguist|historian|illustrator|animator|producer|journalist|translator|receptionist|secretary|dispatcher|mechanic|electrician|apprentice|practicante|pasante|becario|analista|desarrollador\w*|ingenier[oa]|gerente|jefe|coordinador\w*|dise[nñ]ador\w*|especialista|asistente|t[eé]cnico)\b|\p{L}*(?:entwickler|ingenieur|informatiker|berater|leiter|referent|mitarbeiter|sachbearbeiter|architekt|wissenschaftler|techniker|koordinator|assistent|praktikant|werkstudent|hilfskr[aä]ft|hiwi|wimi|fachkr[aä]ft|redakteur|spezialist|d[ée]veloppeu[rs]e?|ing[ée]nieur|charg[ée]|responsable|technicien|stagiaire|analyste|gestionnaire|sviluppatore|progettista|esperto|esperti|tecnico|responsabile)(?:in|innen|e|es|s)?(?![\p{L}])|\p{L}*(?:ontwikkelaar|medewerker|beheerder|adviseur|onderzoeker|projectleider|teamleider|leerkracht|docent|stagiair|utvecklare|utvikler|udvikler|ingenj[oö]r|ingeni[oø]r|r[aå]dgiver|forsker|forskare|konsulent|programmeur|chercheur|enseignant|administrateur|doctorant|ingegnere|ricercatore|programmatore|tecnologo|insegnante|docente|enginyer|desenvolupador|desenvolvedor|programador|pesquisador|investigador|consultor|enfermer[oa]|erzieher|pfleger|p[aä]dagog)(?:a|e|in|innen)?(?![\p{L}])/iu;

const LINES_READ = 25;
/** Characters of a posting read for sentences that name its role or its employer. */
const TEXT_READ = 20_000;
/** The agency or firm after a role: "développeur Magento - Agence LUMAO". */
const FIRM_SUFFIX =
  /\s+[-–|]\s+(?:agence|agency|studio|cabinet|groupe|soci[ée]t[ée]|entreprise)\s+[^\n]{1,60}$/iu;
/** What a form or repository adds after a role: "Systems Administrator Application". */
const APPLICATION_SUFFIX =
  /(?<=\b(?:administrator|engineer|developer|designer|manager|analyst|scientist|specialist|coordinator|assistant|intern|technician|officer))\s+application(?:\s+form)?$/i;
/**
 * An announcement's words around a role: "Postdoc positions in SAT/SMT-based Verification
 * available in Trento" names the post "Postdoc in SAT/SMT-based Verification".
 */
const POSITIONS_IN = /\s+(?:positions?|openings?|vacancies)(?=\s+(?:in|for)\s)/i;
const AVAILABLE_AT =
  /\s+(?:(?:is|are)\s+)?available(?:\s+(?:in|at)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?$/u;
/**
 * A site's name after the title: "Director, Software - Career Portal", "Content designer - DfE
 * DDaT job descriptions".
 */
const SITE_SUFFIX =
  /\s+[-–|]\s+(?:[\p{Lu}][\p{L}&.]*\s+){0,3}(?:career portal|careers?|jobs?|job board|job descriptions?|job profiles?|role descriptions?|role profiles?)$/iu;
/** A company's name ("Acme Inc.", "Globex Corporation", "Careers at Globex"): never a title. */
const COMPANY =
  /\b(?:inc|corp|corporation|llc|ltd|limited|gmbh|plc|s\.?a|s\.?l|co|company|group|holdings)\.?$|^careers? at\b/i;
/**
 * "Software engineer at .gov", "Data Analyst at Acme Corp", "Club Operations Lead @ Hack Club",
 * "Administrator*in bei der Open Knowledge Foundation Deutschland": the employer after a role.
 */
const AT_EMPLOYER = /^(.{3,80}?)\s+(?:at|@|bij|bei(?:\s+(?:der|dem|den))?)\s+\S+(?:\s+\S+){0,3}$/;
/**
 * "Entwickler*in bei der Open Knowledge Foundation Deutschland (50%, ab sofort) für ...": in a
 * German title "bei" and a capitalised name start the employer, and all after it is about the
 * post, however long it runs.
 */
const BEI_EMPLOYER = /^(.{3,80}?)\s+bei\s+(?:(?:der|dem|den)\s+)?\p{Lu}.*$/u;
/** "Data Manager, University of FL", "Librarian, Smith College": an institution after a comma. */
const COMMA_EMPLOYER =
  /^(.{3,80}?),\s+(?:(?:the\s+)?(?:university|college|institute|school|museum|library|department|dept\.?|office|agency|ministry|city|county|state)\s+of\b.{1,60}|(?:[\p{Lu}][\p{L}.&'-]*\s+){1,4}(?:university|college|institute|museum|library|agency|council))$/iu;
/** "Health Educator II, Community Health Education-San Antonio": a role, then its unit or team. */
const COMMA_TAIL = /^([^,()|–—]{3,80}),\s+([^,()|–—]{2,80})$/u;

/**
 * The role before a comma when it is whole by itself (three words or more, one of them a role)
 * and what follows is a name of three words or more with no role in it: the unit, team or place
 * it works in. A short tail is the role's specialty and stays ("Software Engineer, Frontend").
 */
const unitAfterComma = (label: string): string | undefined => {
  const [, role, tail] = COMMA_TAIL.exec(label) ?? [];
  if (role === undefined || tail === undefined || / - /.test(role)) return undefined;
  const words = (text: string): number => text.trim().split(/\s+/).length;
  return words(role) >= 3 && words(tail) >= 3 && ROLE_WORD.test(role) && !ROLE_WORD.test(tail)
    ? role.trim()
    : undefined;
};

/** A list item ("- Python, SQL"): never a title. */
const BULLET = /^[-–•*▪●◦‣]\s/;
/** "BBVA: Convocatoria para Practicante de Riesgos en Lima" -> "Practicante de Riesgos". */
const CALL = /\bconvocatoria (?:para|de)\s+(.+?)(?:\s+en\s+[\p{Lu}][\p{L} ]*)?$/iu;

/** A job family's page names its roles: "Payroll Roles", "Data Analyst Roles at GitLab". */
const FAMILY_SUFFIX =
  /\s+[Rr]oles(?:\s+at\s+[\p{Lu}][\p{L}.&-]*(?:\s+[\p{Lu}][\p{L}.&-]*){0,2})?$/u;
/** The post a sentence offers: "this Technology Fellow position", "this Data Steward role". */
const THIS_POST =
  /\b[Tt]his\s+((?:\p{Lu}[\p{L}-]*\s+){0,4}\p{Lu}[\p{L}-]*)\s+(?:position|role|post|vacancy)\b/u;
/** The role a text's "this X position" offers, when it names a role. */
const offeredPost = (text: string): string | undefined => {
  const offered = THIS_POST.exec(text)?.[1];
  return offered !== undefined && ROLE_WORD.test(offered) ? offered : undefined;
};
/** When the post starts, after the role: "Research Assistant starting July/August 2021". */
const START_TAIL =
  /\s+(?:starting|beginning)\s+(?:(?:in|on)\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?(?:\s*[/-]\s*\p{L}+)?\s+)?\d{4}\b.*$/iu;
/** A plural written in brackets: "Research Assistant(s)". */
const PLURAL_MARK = /(?<=\p{L})\(s\)/gu;
/** A call's opening before the role and its article: "Open Call for a Postdoctoral Researcher". */
const CALL_FOR = /^(?:open\s+)?call\s+for\s+(?=(?:an?|the)\s+\p{L})/iu;
/** A heading's attributes in kramdown or Pandoc Markdown: `## Data Analyst {#data-analyst}`. */
const HEADING_ATTRIBUTES = /\s*\{[#.:][^{}\n]{0,80}\}\s*$/;
/** A Markdown heading's marker. */
const HEADING_MARK = /^#{1,6}\s+/;

/**
 * Months in Spanish, Portuguese, French, German and Italian: in a dated note after a title
 * ("(Noviembre 2018)") and in {@link MONTH}.
 */
const ROMANCE_GERMAN_MONTHS =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[cç]o|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre|januar|februar|m[aä]rz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre';

/**
 * A note after a title: "(2 Years of Experience)", "(Full-time)", "(Remote)", "(75-100%, ab
 * sofort)", "(2 Positions)", "(20h)", "(1.0 fte)", "(July 2023)", "(Noviembre 2018)", and a gender
 * marker anywhere: "(m/w/d)", "(m/w/divers)", "(f/m/x)", "(all genders)", "(H/F)"; a pay level:
 * "(Level C)", "(Band 6)", "(GS-13)".
 */
const TITLE_NOTE = new RegExp(
  String.raw`\s*\((?=[^)]*(?:\b(?:years?|experience|full[- ]time|part[- ]time|remote|hybrid|on[- ]?site|contract|temporary|permanent|vollzeit|teilzeit|befristet|unbefristet|ab sofort|direct[- ]hire|cdi|cdd|fixed[- ]term|tempo pieno|gs[- ]?\d+|level\s+[a-z0-9]{1,2}|band\s+\d+[a-z]?|grade\s+\d+|open|closed|filled|new|updated|abierta|cerrada|actualizado|positions?|openings?|vacancies|posts|stellen|postes|plazas)\b|\d\s*%|\d\s*(?:prozent|percent|pour ?cent|por ?ciento|per ?cento)\b|\d\s*(?:h|hrs?|std|u|uur)\b|\d\s+(?:hours|stunden|uren)\b|\d\s*fte\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|${ROMANCE_GERMAN_MONTHS})\.?\s+(?:de\s+)?(?:19|20)\d\d\b|(?<=\()\s*(?:19|20)\d\d\s*\)))[^()]{1,60}\)\s*$`,
  'iu',
);
/**
 * A list in parentheses after a title: where ("(Seattle, WA)", "(Lecce, Italy)"), which tools
 * ("(AWS, GCP)", "(DevOps, AIOps)") or which terms ("(Exempt, Full Time)"). The post is named
 * before it.
 */
const LIST_NOTE = /(?<=\S)\s*\([^()]*,[^()]*\)\s*$/u;
const GENDER_MARKER =
  /\s*\((?:[mwfdhxMWFDHX](?:\s*[/|,]\s*(?:[mwfdhxMWFDHX]|[Dd]ivers|[Dd]iv\.?)){1,3}|all genders?|gn\*?|alle geschlechter)\)/g;

/**
 * "Data Engineer – Dataiku, Datenprodukte & DataOps", "Backend Developer - Kubide": what follows
 * a dash.
 */
const DASH_TAIL = /^(.{3,80}?)\s+[-–—|]\s+(.{2,120})$/u;
/**
 * "Postdoctoral Research Associate Position in computational nuclear engineering": the field of
 * the post.
 */
const POST_IN = /\s+(?:position|vacancy|opening|post)\s+(?:in|at|for|within|on|of)\s.*$/i;
/** An announcement's ending: "PhD Candidate and Internship Student Positions Available". */
const POSITIONS_AVAILABLE = /\s+(?:positions?|vacanc(?:y|ies)|openings?)\s+(?:available|open)$/i;
/** "(Node.js / NestJS)" after a role: the stack it works with. */
const PARENTHESES_TAIL = /\s*\(([^()]{1,80})\)\s*$/;
/**
 * The purpose of the post, not its name: "ServiceNow Berater zur Einführung von ServiceNow",
 * "developer to chart the future of libraries", "developer for open-source project" (a
 * capitalised organisation after "for the" is read by {@link FOR_ORGANISATION}).
 */
const PURPOSE_TAIL = /\s+(?:zur|zum|to\s+\p{Ll}|for\s+(?:an?\s+|our\s+)?\p{Ll})\S*.*$/u;
/** "Senior frontend (ReactJS) developer": a tool named in parentheses inside a title. */
const INNER_PARENTHESES = /\s*\(([^()]{1,40})\)(?=\s+\S)/g;

/**
 * How many skill names a text holds when it holds nothing else but separators: 2 for "Node.js /
 * NestJS" (a stack), 1 for "ReactJS", 0 for "Backend team" or "HPC/Cloud specialist".
 */
const skillNamesOnly = (text: string): number => namesOnly(scanText(text));

/** {@link skillNamesOnly} of a text already scanned. */
const namesOnly = ({ original, matches }: ScannedText): number =>
  /[\p{L}\p{N}]/u.test(blankMatches(original, matches)) ? 0 : matches.length;

/**
 * Whether a text names only skills, two or more: a stack. One skill alone ("- Backend",
 * "(Frontend)") is an area of the role and stays in its title.
 */
const onlySkills = (text: string): boolean => skillNamesOnly(text) > 1;

/** Words before an employer's name: "at Acme", "en Kubide", "bei Globex", "join Initech". */
const EMPLOYER_WORDS = 'at|en|bei|chez|à|join|joining|bij|presso|em|na|no';

/**
 * What kind of employer, or what the post serves, as a dash's tail: "- Empresa Proveedora de
 * Servicio de Internet", "– Preserving the Nation's Memory" (a gerund's slogan).
 */
const EMPLOYER_KIND =
  /^(?:(?:an?|the|une?|una?|eine?)\s+)?(?:empresa|company|firm|startup|agency|organi[sz]ation|organisme|entreprise|unternehmen|firma)\b|^\p{Lu}\p{Ll}+ing\s+(?:the|our|a|an)\b/iu;

/**
 * The unit a role works in, as a dash's tail: "Technical Support Analyst — Platform Support
 * Team", "Platform Technician — Digital Transformation Office".
 */
const UNIT =
  /^(?:[\p{Lu}][\p{L}&'’.-]*\s+){0,4}(?:team|office|department|division|unit|programme|program|lab|group|branch|directorate|services?)$/iu;

/** A tail that says the role is sought: "- JavaScript/React Guru sökes!", "- Devops wanted". */
const SOUGHT = /\b(?:wanted|sought|sökes|søkes|søges|gesucht)\W*$/iu;
/** The same word closing the title itself: "Projektassistenz für X gesucht", "Tester sökes!". */
const SOUGHT_TAIL = /\s+(?:gesucht|sökes|søkes|søges)\W*$/iu;
/** Quotation marks and spaces a page writes as HTML entities: "für &ldquo;Digital Labs&rdquo;". */
const QUOTE_ENTITIES: Readonly<Record<string, string>> = {
  '&ldquo;': '“',
  '&rdquo;': '”',
  '&lsquo;': '‘',
  '&rsquo;': '’',
  '&quot;': '"',
  '&nbsp;': ' ',
};
const QUOTE_ENTITY = /&(?:[lr][ds]quo|quot|nbsp);/g;

/** How the post is worked, as a dash's tail: "Odoo Consultant - Remote", "- Hybrid". */
const WORK_MODE =
  /^(?:fully\s+|100%\s+)?(?:remote|hybrid|on[- ]?site|in[- ]office|full[- ]time|part[- ]time|remote[- ]first|telework)$/i;

/** Kinds of skill that make a stack: a tail opening with one is the stack, not the role. */
const STACK_CATEGORIES: ReadonlySet<string> = new Set([
  'language',
  'framework',
  'cloud',
  'database',
]);

/** Whether a tail opens with a language, framework, cloud or database (".NET och molnmästare"). */
const startsWithStack = ({ original, matches }: ScannedText): boolean => {
  const first = matches[0];
  if (first === undefined || /[\p{L}\p{N}]/u.test(original.slice(0, first.start))) return false;
  return STACK_CATEGORIES.has(SKILL_BY_NAME.get(first.skill)?.category ?? '');
};

/**
 * Whether a dash's tail is no part of the role: a list of topics ("Dataiku, Datenprodukte &
 * DataOps"), a stack ("Python / Django", ".NET och molnmästare"), a "sought" ("- Guru
 * sökes!"), the unit the role works in ("— Platform Support Team"), how the post is worked
 * ("- Remote"), or the employer's name as the text itself uses it ("- Kubide" where the text
 * says "En Kubide estamos buscando"). An area ("- Backend") stays.
 */
const isTailOfRole = (tail: string, text: string): boolean => {
  if (
    tail.includes(',') ||
    UNIT.test(tail) ||
    EMPLOYER_KIND.test(tail) ||
    SOUGHT.test(tail) ||
    WORK_MODE.test(tail)
  )
    return true;
  // One scan of the tail serves both stack checks.
  const scanned = scanText(tail);
  if (namesOnly(scanned) > 1 || startsWithStack(scanned)) return true;
  if (!/^\p{Lu}[\p{L}\p{N}.&'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'-]*){0,3}$/u.test(tail)) return false;
  return new RegExp(
    `(?:^|[^\\p{L}])(?:${EMPLOYER_WORDS})\\s+${escapeRegex(tail)}(?![\\p{L}])`,
    'iu',
  ).test(text.slice(0, TEXT_READ));
};

/**
 * A role without what a page adds after it: the employer or the topics after a dash when only
 * the part before names a role, the stack in parentheses, a German purpose ("zur Einführung
 * von X"). A title that is only a role stays as it is.
 */
const roleOnly = (written: string, text: string): string => {
  const title = written.replace(SITE_SUFFIX, '').replace(POSITIONS_AVAILABLE, '');
  const field = title.replace(POST_IN, '');
  if (field !== title && ROLE_WORD.test(field)) return roleOnly(field, text);
  const dash = DASH_TAIL.exec(title);
  const head = dash?.[1] ?? '';
  const tail = dash?.[2] ?? '';
  let role =
    dash && ROLE_WORD.test(head) && !ROLE_WORD.test(tail) && isTailOfRole(tail, text)
      ? head
      : title;
  const stack = PARENTHESES_TAIL.exec(role);
  if (stack && onlySkills(stack[1] ?? '')) role = role.slice(0, stack.index);
  role = role.replace(INNER_PARENTHESES, (aside, inner: string) =>
    skillNamesOnly(inner) > 0 ? '' : aside,
  );
  const purpose = role.replace(PURPOSE_TAIL, '');
  return ROLE_WORD.test(purpose) ? purpose : role;
};

/**
 * A plural role noun at a title's end: "Data Engineers", "Digital Service Experts" (one post is
 * one person).
 */
const PLURAL_ROLE =
  /\b(engineer|developer|analyst|scientist|designer|manager|specialist|consultant|administrator|architect|officer|assistant|researcher|expert|programmer|technician|postdoc)s$/i;
/** German "-kraft" posts in the plural ("Hilfskräfte", "Fachkräfte"): one post, one person. */
const KRAFT_PLURAL = /\b(\p{L}*)kräfte\b/giu;
/** German role nouns in the plural ("Postdoktoranden oder Doktoranden"): one post, one person. */
const GERMAN_PLURAL_ROLE =
  /\b(\p{L}*(?:doktorand|praktikant|werkstudent|assistent|referent|dozent))en\b/giu;
/**
 * A status note a site adds in brackets, after the title or before it: "[Actualizado]",
 * "[Closed]", "[Open] Research Data Analyst".
 */
const STATUS_NOTE = /\s*\[[^[\]]{1,30}\]\s*$|^\s*\[[^[\]]{1,30}\]\s*(?=\S)/;
/** The number of a list item a page numbers its posts by: "1. Postdoc in deep learning". */
const ITEM_NUMBER = /^\s*\d{1,2}[.)]\s+(?=\p{L})/u;
/** Emoji a page puts before or after a heading ("🚀 Senior Software Engineer"): no title's words. */
const PICTOGRAPHS =
  /^(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\s)+|(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\s)+$/gu;
/** A gender marker without parentheses at the end: "Programmeur m/v", "Entwickler m/w/d". */
const BARE_GENDER_MARKER = /\s+[mwfvdhx](?:\/[mwfvdhx]){1,2}$/i;

const isTitleLike = (line: string): boolean =>
  line.length >= 3 &&
  line.length <= 80 &&
  line.split(/\s+/).length <= 10 &&
  !/[.!?]$/.test(line) &&
  !COMPANY.test(line) &&
  !BULLET.test(line) &&
  headingOf(foldAccents(line), JD_HEADINGS) === null &&
  /\p{L}/u.test(line) &&
  !DEBRIS.some((re) => re.test(line));

/** A line that ends before its title does: "Cloud Data Warehouse und", "Head of". */
const HANGING_END = /\s(?:and|und|y|et|e|&|of|for|für|de|del|des|der|in)$/i;
/**
 * A piece of a sentence, not a title: it starts with a word in lower case ("einer Bewerbung
 * inklusive ...") or ends with a word that needs more after it ("Interesse an einem", "Besuche
 * uns auch online auf", "Hamburg oder"): {@link HANGING_END}'s words or these others. A flyer's
 * text read out of order starts with them.
 */
const FRAGMENT_START = /^\p{Ll}[\p{Ll}-]*(?:[\s/]|$)/u;
const FRAGMENT_END =
  /\s(?:a|an|the|or|to|with|on|at|by|from|oder|die|das|den|dem|einem|einer|eines|ein|eine|an|auf|als|mit|zu|von|bei|ou|du|le|la|les|un|une|pour|avec|au|aux|o|el|los|las|una|para|con)$/i;
const isFragment = (line: string): boolean =>
  FRAGMENT_START.test(line) || HANGING_END.test(line) || FRAGMENT_END.test(line);
/** The last word of a title that names a role: "Postdoctoral Research" does not end in one. */
const ENDS_IN_ROLE = new RegExp(`(?:${ROLE_WORD.source})\\W*$`, 'iu');
/** A line that is only a role noun and its notes: "Developer (m/w/d)". */
const BARE_ROLE = new RegExp(`^(?:${ROLE_WORD.source})(?:\\s*\\([^()]{1,20}\\))?$`, 'iu');
/** A line that is only a gender marker ("M/W/D"): a flyer puts it between a title's lines. */
const MARKER_LINE = /^\(?[mwfdhx](?:\s*\/\s*[mwfdhx]){1,3}\)?$/i;
/** Words a line may have to be part of a title written over several lines of a flyer. */
const SHORT_LINE_WORDS = 5;

const isCapitals = (line: string): boolean => /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);

const isShortTitleLine = (line: string | undefined): line is string =>
  line !== undefined &&
  !line.endsWith(':') &&
  isTitleLike(line) &&
  line.split(/\s+/).length <= SHORT_LINE_WORDS &&
  !line.includes(',');

/**
 * A title a flyer or a printed page writes over several short lines: "Postdoctoral Research" /
 * "Associate", "(Junior) Full Stack" / "Developer (m/w/d)", "TRAINEE" / "M/W/D" / "CLOUD DATA
 * WAREHOUSE UND" / "DATA ENGINEERING". The line found is joined with the next short line when it
 * does not end in a role word or ends in "and"/"of", and with the line before when it is only a
 * role noun; a line that is only a gender marker is skipped.
 */
const titleAcrossLines = (top: readonly string[], at: number): string => {
  let title = top[at] ?? '';
  const previous = top[at - 1];
  if (BARE_ROLE.test(title) && isShortTitleLine(previous) && !ROLE_WORD.test(previous))
    title = `${previous} ${title}`;
  let next = at + 1;
  for (let joined = 0; joined < 3; joined++) {
    if (MARKER_LINE.test(top[next] ?? '')) next++;
    const line = top[next];
    if (!isShortTitleLine(line)) break;
    const hanging = HANGING_END.test(title);
    const roleFollows = !ENDS_IN_ROLE.test(title) && ROLE_WORD.test(line);
    // A bare role in capitals goes on in capitals: "TRAINEE" / "CLOUD DATA WAREHOUSE UND".
    const capitals = BARE_ROLE.test(title) && isCapitals(title) && isCapitals(line);
    if (!hanging && !roleFollows && !capitals) break;
    title = `${title} ${line}`;
    next++;
  }
  return title;
};

/** Verbs an organisation is the subject of in its own posting: "Wilo ist stolz", "X needs a". */
const OWN_NAME_VERBS = 'is|are|needs|seeks|has|was|ist|sind|sucht|hat|est|es|busca';

/**
 * A title without the organisation's name before the role, when the posting speaks of itself
 * under that name: "Wilo Werkstudent - Prototypenentwicklung" where the text says "Wilo ist
 * stolz", "InnerSource Commons Social Media Manager" where it says "The InnerSource Commons
 * needs". Only capitalised words that name no skill and leave a role of two words or more
 * after them go.
 */
const withoutOwnName = (title: string, head: string): string => {
  const words = title.split(/\s+/);
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    const rest = words.slice(n).join(' ');
    if (!/^(?:\p{Lu}[\p{L}\p{N}.&'-]*\s?)+$/u.test(name) || ROLE_WORD.test(name)) continue;
    // A bare role noun after a name is a specialism: "PGlite Engineer", "Salesforce Developer".
    if (n > words.length - 2 || !ROLE_WORD.test(rest) || scanText(name).matches.length > 0)
      continue;
    const subject = new RegExp(
      `(?:^|[.!?]\\s+|\\n\\s*|\\b(?:The|Die|Der|Das|La|Le|El)\\s+)${escapeRegex(name)}\\s+(?:${OWN_NAME_VERBS})\\b`,
      'u',
    );
    if (subject.test(head)) return rest;
  }
  return title;
};

/**
 * The role a posting addresses its reader as: "As a Product Analyst at Login.gov, you will",
 * "As Community Development Lead you will oversee". The role's words start with a capital.
 */
const AS_ROLE =
  /(?<![\p{L}])As\s+(?:an?\s+|our\s+|the\s+)?(\p{Lu}[\p{L}\p{N}/+#.-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}\p{N}/+#.-]*){0,5})(?=,|\s+(?:you|you'll|at|on|in|with|for|within|your)\b)/u;

/**
 * The same address in other languages, the role followed by the reader's verb or pronoun: "Als
 * Innovation Analyst werk je", "Als Data Engineer bist du", "En tant que Chef de projet, vous",
 * "Como Analista de Datos, serás", "Como Desenvolvedor, você", "In qualità di Tecnico, ti".
 */
const AS_ROLE_ELSEWHERE =
  /(?<![\p{L}])(?:Als|En tant que|Como|In qualità di)\s+(?:een\s+|onze?\s+|unser(?:e|er)?\s+|notre\s+|nuestr[oa]\s+|noss[oa]\s+|nostr[oa]\s+)?(\p{Lu}[\p{L}\p{N}/+#.-]*(?:\s+(?:of\s+|and\s+|de\s+|en\s+|di\s+|da\s+|do\s+)?\p{Lu}[\p{L}\p{N}/+#.-]*){0,5})(?=,?\s+(?:werk|ga|ben|zul|krijg|draag|bist|wirst|arbeitest|unterstützt|verantwortest|übernimmst|vous|tu|serás|tendrás|formarás|você|será|terá|sarai|ti|avrai)\b)/u;

/**
 * The role title: the given one; else an explicit label ("Job title: X"); else the first
 * title-like line of the posting's top that names a role, or a "hiring a X" phrase; else the
 * first title-like line. Print debris (URLs, dates, times, page furniture, navigation) is
 * never a title; a note after it ("(2 Years of Experience)", "(Full-time)") is dropped.
 */
export const deriveJdTitle = (title: string, text: string): string => {
  const given = title.trim();
  if (given.length > 0) return given;
  const derived = readTitle(text);
  const clean = roleOnly(
    derived
      .replace(QUOTE_ENTITY, (e) => QUOTE_ENTITIES[e] ?? e)
      .replace(PICTOGRAPHS, '')
      .replace(STATUS_NOTE, '')
      .replace(ITEM_NUMBER, ''),
    text,
  )
    .replace(GENDER_MARKER, '')
    .replace(BARE_GENDER_MARKER, '')
    .replace(ADJECTIVE_GENDER_ENDING, 'r')
    .replace(GENDER_SUFFIX, masculineEnding)
    .replace(TITLE_NOTE, '')
    .replace(LIST_NOTE, '')
    .replace(START_TAIL, '')
    .replace(PLURAL_MARK, '')
    .replace(CALL_FOR, '')
    .replace(SOUGHT_TAIL, '')
    .replace(FOR_QUOTED_NAME, '')
    .replace(FIRM_SUFFIX, '')
    .replace(POSITIONS_IN, '')
    .replace(AVAILABLE_AT, '')
    .replace(APPLICATION_SUFFIX, '')
    .replace(LEADING_ARTICLE, '')
    .replace(WORKLOAD_PREFIX, '')
    .replace(/[\s!,;:.–—]+$/u, '')
    .replace(DANGLING_END, '')
    .trim()
    .replace(PLURAL_ROLE, '$1')
    .replace(GERMAN_PLURAL_ROLE, '$1')
    .replace(KRAFT_PLURAL, '$1kraft');
  const head = text.slice(0, TEXT_READ);
  const unprefixed = withoutOwnName(clean, head);
  if (unprefixed !== clean) return unprefixed;
  // A top that names no role ("Announcement number") yields to the role the duties are
  // addressed to: "As a Data Scientist, you will".
  if (!ROLE_WORD.test(clean)) {
    const addressed = (AS_ROLE.exec(head) ?? AS_ROLE_ELSEWHERE.exec(head))?.[1];
    if (addressed !== undefined && ROLE_WORD.test(addressed)) return addressed;
  }
  return clean || derived;
};

/**
 * The one piece of a barred line that names a role ("Staff Scientist | High-throughput
 * screening", "Home › Jobs › Data Analyst"); the line as it is when none or several do.
 */
const rolePiece = (line: string): string => {
  if (!BAR.test(line)) return line;
  const roles = line
    .split(BAR)
    .map((p) => p.trim())
    .filter((p) => ROLE_WORD.test(p) && !DEBRIS.some((re) => re.test(p)));
  return roles.length === 1 ? (roles[0] as string) : line;
};

/** The pieces of a page title joined by a dash: "Graphic Designer - Komodo Legends". */
const DASHED = /\s[-–—]\s/;

/**
 * The piece of a dashed page title that the page repeats as a line of its own: the post it
 * names as its heading ("Graphic Designer" of "Graphic Designer - Komodo Legends"), the site's
 * name left out. A title the page does not repeat in pieces stays whole.
 */
const echoedPiece = (label: string, top: readonly string[]): string => {
  if (!DASHED.test(label)) return label;
  const lines = new Set(top.map((l) => l.toLowerCase()));
  return (
    label
      .split(DASHED)
      .map((p) => p.trim())
      .find((p) => lines.has(p.toLowerCase()) && ROLE_WORD.test(p)) ?? label
  );
};

/**
 * A title label's value before a site's name: "Erzieherin (m/w/d) | HermesHof". The gender
 * marker says the first piece is a post, even when no role word does ("Còdec | Anuncis" is a
 * site and its section, and stays as it is).
 */
const labelPiece = (label: string): string => {
  const piece = rolePiece(label);
  if (piece !== label) return piece;
  const [post = '', site = '', ...rest] = label.split(BAR).map((p) => p.trim());
  return rest.length === 0 && site.split(/\s+/).length <= 3 && post.search(GENDER_MARKER) >= 0
    ? post
    : label;
};

/**
 * A page title that is a headline, not a post's name: "Devops energy wanted.", "Join us!",
 * "Oxybulle recrute", "Acme is hiring" (an employer and a hiring verb, the post left unsaid).
 */
const HEADLINE = new RegExp(
  String.raw`!|\bwanted\b|\s(?:recrute|recrutent|recrutons|is hiring|are hiring|${GERMAN_SEEKING}|busca|buscamos|contrata|assume)\s*\.?$`,
  'i',
);
/** The summary a page's front matter gives: "description: Acme recrute un ou une assistante ...". */
const SUMMARY_FIELD =
  /^(?:description|summary|subtitle|excerpt)\s*[:=]\s*["']?(.{10,300}?)["']?\s*$/m;

/** A heading too long for a title that opens with one before a colon: "Fellow: Living Data Project ...". */
const TOPIC_AFTER_ROLE = /^([^:]{3,80}):\s+\S/;
/** Who a posting names before a colon that is not the post: "Hiring Manager: Jane Doe, ...". */
const NOT_POST_HEAD =
  /^(?:hiring manager|reports? to|reporting to|supervisor|contact|line manager)$/i;

/**
 * The role of a heading that names it before a colon and a topic after, when the whole line is
 * too long to be a title: "Postdoctoral Teaching and Research Fellow: Living Data Project for
 * ecology, evolution and environmental science". Any other line stays as it is.
 */
const roleBeforeTopic = (line: string): string => {
  if (isTitleLike(line)) return line;
  const head = TOPIC_AFTER_ROLE.exec(line)?.[1]?.trim();
  return head !== undefined &&
    head.split(/\s+/).length >= 2 &&
    isTitleLike(head) &&
    ROLE_WORD.test(head) &&
    !NOT_POST_HEAD.test(head)
    ? head
    : line;
};

/** The title a posting gives itself (see {@link deriveJdTitle}), notes included. */
const readTitle = (text: string): string => {
  // Comments are blanked, then blank lines dropped: a long template comment does not push the
  // title out of the head.
  const head = blankComments(dedentFrontMatter(text.slice(0, 30_000)))
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .join('\n')
    .slice(0, 5_000);
  // A label's value may be quoted, as in a page's front matter (title: "Data Analyst"); a
  // sentence as a label ("Wir suchen eine*n X für Y!") names its role in its lead.
  const labelled = (
    LABEL.exec(head)?.[1] ??
    JSON_LABEL.exec(head)?.[1] ??
    MARKUP_LABELS.map((re) => re.exec(head)?.[1]).find((v) => v !== undefined)
  )
    ?.trim()
    .replace(/^(["'“‘])(.+)["'”’],?$/u, '$2')
    // Markup a data file's value may carry: "Hardware&nbsp; **Validation Engineer**".
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\*\*|__/g, '')
    .replace(/\s{2,}/g, ' ');
  const raw =
    labelled === undefined
      ? undefined
      : withoutEmployer(labelPiece(labelled).replace(TITLE_NOTE, ''));
  const unit = raw === undefined ? undefined : rolePart(raw.replace(UNIT_PREFIX, ''));
  const led = raw === undefined ? undefined : ledRole(raw);
  const named = led || (unit && ROLE_WORD.test(unit) ? unit : raw);
  const body = withoutFrontMatter(head);
  const top = body
    .split('\n')
    .map((l) =>
      l
        .replace(TAG, '')
        .replace(QUOTE_ENTITY, (e) => QUOTE_ENTITIES[e] ?? e)
        .replace(MARKDOWN_LINK, '$1')
        .replace(/\*\*|__/g, '')
        .replace(HEADING_MARK, '')
        .replace(HEADING_ATTRIBUTES, '')
        .replace(/^job description:\s*/i, '')
        .replace(LABELLED_VALUE, '$1')
        .replace(QUOTED_NAME, '$2')
        .trim(),
    )
    .map(rolePiece)
    .map(roleBeforeTopic)
    .filter((l) => l.length > 0)
    .slice(0, LINES_READ);
  const label = named && echoedPiece(named, top);
  if (label && HEADLINE.test(label)) {
    // A headline as the page's title ("Hiring! Devops energy wanted."): the role the text
    // itself names ("is looking for a devops engineer") is the title, when it names one.
    const named = ledRole(body);
    if (named !== undefined && ROLE_WORD.test(named)) return named;
    // Or the one its front matter's summary names: "description: X recrute un ou une ...".
    const summary = SUMMARY_FIELD.exec(frontMatterOf(head))?.[1];
    const summarised = summary === undefined ? undefined : ledRole(summary);
    if (summarised) return summarised;
  }
  if (label && !DEBRIS.some((re) => re.test(label))) {
    // A label that names no role ("Data Analytics", a department or a job family) yields to
    // the first title-like line of the top that does ("## Data Analyst Roles at GitLab").
    // A bare role noun ("role: manager") yields to the role a lead phrase of the top names
    // with it ("We are seeking a **Lab Manager**").
    const fuller = /^\p{L}+$/u.test(label)
      ? top.map((l) => ledRole(l)).find((r) => r?.toLowerCase().endsWith(` ${label.toLowerCase()}`))
      : undefined;
    const role =
      fuller ??
      (ROLE_WORD.test(label)
        ? label
        : withoutSubjectVerb(
            top.find((l) => l !== label && isTitleLike(l) && ROLE_WORD.test(l)) ??
              top.find((l) => withoutSubjectVerb(l) !== l) ??
              top.map((l) => ledRole(l)).find((r) => r !== undefined && ROLE_WORD.test(r)) ??
              label,
          ));
    // A role that names the label inside it ("Account Executive (Executivo Comercial)" for
    // "Executivo Comercial") is the label in other words: the label stays.
    if (role.toLowerCase().includes(`(${label.toLowerCase()})`)) return label;
    return role.replace(FAMILY_SUFFIX, '');
  }
  for (const [i, line] of top.entries()) {
    const offered = offeredPost(line);
    if (offered) return offered;
    const led = ledRole(line);
    if (led) return led;
    const subject = withoutSubjectVerb(line);
    if (subject !== line) return subject;
    if (isTitleLike(line) && ROLE_WORD.test(line)) {
      const whole = titleAcrossLines(top, i);
      return (
        CALL.exec(whole)?.[1]?.trim() ?? rolePart(withoutEmployer(whole.replace(SITE_SUFFIX, '')))
      );
    }
  }
  const lead = leadOf(text.slice(0, TEXT_READ));
  if (lead) return lead;
  const lower = lowerLeadOf(text.slice(0, 5_000));
  if (lower) return lower;
  const first = top.find((l) => isTitleLike(l) && !isFragment(l));
  // "Offre d'emploi : Chef de projet numérique": the announcement goes here too.
  if (first) return first.replace(ANNOUNCEMENT, '');
  // "Then this Technology Fellow position could be of your interest": the post the text offers.
  const offered = offeredPost(text.slice(0, TEXT_READ));
  if (offered) return offered;
  // "Frontend Engineer. Requirements: ..." - a short first sentence names the role.
  const sentence = /^([^.!?:]{3,60})[.!?:]\s/.exec(top[0] ?? '')?.[1]?.trim();
  // Unless it only announces ("We're hiring! It must be Monday."): no title beats that one.
  if (sentence && sentence.split(/\s+/).length <= 6 && !DEBRIS.some((re) => re.test(sentence)))
    return sentence;
  // "We are seeking skilled postdoctoral researchers": the post, named once for several people.
  return pluralLeadOf(text.slice(0, 5_000)) ?? '';
};

/** The text with its first letter upper case, when it starts with a lower-case one. */
const upperFirst = (text: string): string => text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/**
 * A role without what surrounds it: an announcement before it ("Now Hiring:"), a Spanish or
 * French place, the word "position", and the employer after it ("Software engineer at .gov",
 * "Data Manager, University of FL", "... for the Biodiversity Heritage Library"). A label that
 * names no role stays as given.
 */
const withoutEmployer = (written: string): string => {
  const unannounced = written.replace(GLUED_NOTE, '$1 (').replace(ANNOUNCEMENT, '');
  const recruited = unannounced.replace(RECRUITMENT, '');
  // "Recrutement d'un-e chargé-e de projets" leaves a role in lower case: a title starts upper.
  const announced = recruited === unannounced ? recruited : upperFirst(recruited);
  const atPlace = announced.replace(ROMANCE_PLACE, '');
  const catalan = CATALAN_AT.exec(atPlace);
  // The Catalan "a" only after a role and before a name with none: "Become a Data Scientist"
  // and "Join DataSF as a Data Scientist" keep theirs.
  const placed = (
    catalan !== null &&
    ROLE_WORD.test(atPlace.slice(0, catalan.index)) &&
    !ROLE_WORD.test(catalan[0])
      ? atPlace.slice(0, catalan.index)
      : atPlace
  ).replace(BASED_AT, '');
  const label = (placed.split(/\s+/).length >= 2 ? placed : announced).replace(POST_WORD, '');
  const role =
    FOR_ORGANISATION.exec(label)?.[1] ??
    AT_EMPLOYER.exec(label)?.[1] ??
    BEI_EMPLOYER.exec(label)?.[1] ??
    COMMA_EMPLOYER.exec(label)?.[1] ??
    unitAfterComma(label);
  return role !== undefined && ROLE_WORD.test(role) ? role.replace(POST_WORD, '') : label;
};

/** An institution's capitalised name before a role: "UK SKA Regional Centre DevOps Engineer". */
const ORG_PREFIX =
  /^(?:\p{Lu}[\p{L}.&'’-]*\s+){1,5}(?:Centre|Center|Institute|Laboratory|Foundation|University|College|Library|Museum|Agency)\s+(?=\p{Lu})/u;

/**
 * The role of a page title or a headline: "Jobs (Controller)" -> "Controller"; "Login.gov -
 * Security Ops Engineer" or "InstantDB: Founding Backend Engineer" -> the part after the dash
 * or the colon when only that part names a role.
 */
const rolePart = (title: string): string => {
  const jobs = JOBS_PAGE.exec(title);
  const inner = (jobs?.[1] ?? jobs?.[2])?.trim();
  if (inner) return inner;
  const team = TEAM_PREFIX.exec(title);
  if (team && !ROLE_WORD.test(team[1] ?? '') && ROLE_WORD.test(team[2] ?? ''))
    return team[2] ?? title;
  // "UK SKA Regional Centre DevOps Engineer": the institution's name before the role.
  const org = ORG_PREFIX.exec(title);
  const rest = org ? title.slice(org[0].length) : '';
  if (org && !ROLE_WORD.test(org[0]) && ROLE_WORD.test(rest)) return rest;
  // "InstantDB: Founding Backend Engineer": the employer or unit before a colon.
  const unit = UNIT_PREFIX.exec(title);
  const after = unit ? title.slice(unit[0].length) : '';
  if (unit && !ROLE_WORD.test(unit[0]) && ROLE_WORD.test(after)) return after;
  return title;
};

/** "Summer 2022 Data Curation Assistant": the term of a post before its role. */
const TERM_PREFIX = /^(?:(?:summer|fall|autumn|winter|spring)\s+)?(?:19|20)\d\d\s+(?=\p{Lu})/iu;

/** "The Research Fellow will be expected to:": the role as the subject of its duties. */
const SUBJECT_ROLE =
  /^(?:The|Our)\s+((?:\p{Lu}[\p{L}-]*\s+){0,4}\p{Lu}[\p{L}-]*)(?:\s+\(\p{Lu}{2,6}\))?\s+(?:will|shall|must|is (?:expected|responsible))\b/u;

/** The role a line names as its subject ({@link SUBJECT_ROLE}), else the line. */
const withoutSubjectVerb = (line: string): string => {
  const subject = SUBJECT_ROLE.exec(line)?.[1];
  return subject !== undefined && ROLE_WORD.test(subject) ? subject : line;
};

/**
 * Nouns German capitalises after "suchen" that name people in general, not a post: "Wir suchen
 * Verstärkung", "suchen dich als Unterstützung", "Wir suchen Kandidaten".
 */
const NO_POST =
  /^(?:Unterstützung|Verstärkung|Kandidat(?:en|innen|[*:_]innen)?|Talente?|Menschen|Leute|Mitstreiter(?:innen|[*:_]innen)?|Kolleg(?:en|innen|[*:_]innen)|Nachwuchs|Dich|Sie)$/u;

/** German articles of a post after "suchen": "einen", "eine", "eine*n", "ein(e)". */
const GERMAN_ARTICLE = String.raw`(?:einen|eine[*:_/]n|eine\(n\)|eine|ein[*:_/]e|ein\(e\)|ein)`;

/**
 * "Wir suchen zum nächstmöglichen Zeitpunkt einen ...": words a German lead puts between the
 * verb and the post's article (a date, "ab sofort", "für unser Team"), up to five.
 */
const GERMAN_FILLER = new RegExp(
  String.raw`(?<![\p{L}])(${GERMAN_SEEKING})((?:\s+(?!${GERMAN_ARTICLE}\s)(?:\d{1,2}\.|[^\s.!?:]+)){1,5}?)\s+(?=${GERMAN_ARTICLE}(?:\s|$))`,
  'u',
);

/**
 * Adjectives that belong to a German post's name ("Wissenschaftlicher Mitarbeiter",
 * "Studentische Hilfskraft", "Technischer Redakteur"), unlike praise ("erfahrenen").
 */
const GERMAN_ROLE_ADJECTIVE = new RegExp(
  String.raw`((?:${GERMAN_SEEKING}|${GERMAN_ARTICLE})\s+)(wissenschaftlich|studentisch|technisch|kaufm[äa]nnisch|p[äa]dagogisch|sozialp[äa]dagogisch|medizinisch|juristisch|akademisch|k[üu]nstlerisch|pflegerisch)(e[*:_/]n|en|e|er|es)(?=\s+\p{Lu})`,
  'gu',
);

/** Whether a text has a German lead's verb at all: the cheap check before the others. */
const GERMAN_VERB = new RegExp(String.raw`${GERMAN_SEEKING}\b`);

/**
 * A German lead as {@link LEAD} reads it: the words between "suchen" and the post's article
 * dropped, and an adjective of the post's name in the nominative and capitalised ("suchen
 * einen wissenschaftlichen Mitarbeiter" -> "suchen einen Wissenschaftlicher Mitarbeiter").
 */
const germanLead = (text: string): string => {
  if (!GERMAN_VERB.test(text)) return text;
  const filler = GERMAN_FILLER.exec(text);
  const lead =
    filler === null
      ? text
      : `${text.slice(0, filler.index)}${filler[1]} ${text.slice(filler.index + filler[0].length)}`;
  return lead.replace(
    GERMAN_ROLE_ADJECTIVE,
    // The accusative's "-en" ("einen technischen", "eine*n wissenschaftliche*n") is the
    // nominative's "-er"; "-e", "-er" and "-es" stay.
    (_all, before: string, stem: string, ending: string) =>
      `${before}${stem.charAt(0).toUpperCase()}${stem.slice(1)}${ending.replace(/n$/, 'r')}`,
  );
};

/**
 * What a lead phrase names, up to its sentence's end ("hiring a Data Analyst. ..."), if any;
 * nothing when it names people in general ({@link NO_POST}).
 */
const leadOf = (text: string): string | undefined => {
  const led = LEAD.exec(germanLead(text))?.[1]
    ?.trim()
    .replace(SENTENCE_TAIL, '')
    .replace(TERM_PREFIX, '')
    // A note the lead cut off inside its parentheses: "Assistenz der Buchhaltung (Minijob".
    .replace(/\s*\([^()]*$/, '');
  return led !== undefined && (NO_POST.test(led) || MONTH.test(led)) ? undefined : led;
};

/** A month's name, never a post: "sucht ab Januar 2026 eine" names when, not whom. */
const MONTH = new RegExp(
  `^(?:january|february|march|april|may|june|july|august|september|october|november|december|${ROMANCE_GERMAN_MONTHS}|januari|februari|maart|mei|augustus)(?:\\s+\\d{4})?$`,
  'i',
);

/** Role nouns a lower-case lead phrase ends in (see {@link LOWER_LEAD}, {@link SEEKS_ROLE}). */
const LOWER_ROLE_NOUNS =
  'engineer|developer|programmer|manager|analyst|scientist|designer|specialist|coordinator|administrator|assistant|associate|librarian|archivist|curator|technician|officer|consultant|researcher|intern|fellow|director|bioinformatician|statistician|biostatistician|nurse|practitioner|physician|teacher|educator|instructor|tutor|lecturer|professor|trainer|counselor|counsellor|therapist|psychologist|pharmacist|midwife|doula|caregiver|worker|paralegal|attorney|lawyer|accountant|bookkeeper|auditor|controller|recruiter|writer|editor|translator|planner|advisor|adviser|supervisor|representative|receptionist|secretary|clerk|strategist|producer|illustrator';

/**
 * Role nouns of Spanish, Catalan, French and Italian headlines, which write them in lower case:
 * "Còdec busca desenvolupadora", "Acme cherche développeuse".
 */
const ROMANCE_ROLE_NOUNS = String.raw`desarrollador(?:a)?|desenvolupador(?:a)?|desenvolvedor(?:a|\(a\))?|programador(?:a)?|dise[nñ]ador(?:a)?|dissenyador(?:a)?|analista|ingenier[oa]|enginyer(?:a)?|d[ée]veloppeu(?:r|se)(?:·(?:se|euse))?|ing[ée]nieur(?:e)?|sviluppat(?:ore|rice)|ingegnere|coordinador(?:a)?|coordenador(?:a)?|coordinat(?:eur|rice)|charg[ée](?:[·.-]?e|\(e\))?|responsable|gestor(?:a)?|gerente|t[ée]cnic[oa]|technicien(?:ne)?|consultor(?:a)?|consultant(?:e)?|administrador(?:a)?|administrat(?:eur|rice)|especialista|sp[ée]cialiste|stagiaire|estagi[áa]ri[oa]|becari[oa]|bolsista|investigador(?:a)?|pesquisador(?:a)?|chercheu(?:r|se)|juriste|comptable|contador(?:a)?|animat(?:eur|rice)|assistant(?:e)?|asistente|chef|enfermer[oa]|enfermeir[oa]|infirmi(?:er|ère)|infermier[ea]|m[ée]dic[oa]|m[ée]decin|profesor(?:a)?|professor(?:a)?|professeur(?:e)?|maestr[oa]|docente|educador(?:a)?|[ée]ducat(?:eur|rice)|educat(?:ore|rice)|abogad[oa]|advogad[oa]|avocat(?:e)?|avvocat[oa]|psic[óo]log[oa]|psycholog(?:ue)|terapeuta|th[ée]rapeute|fisioterapeuta|kin[ée]sith[ée]rapeute|farmac[ée]utic[oa]|farmac[êe]utic[oa]|pharmacien(?:ne)?|farmacista|nutricionista|auxiliar|cuidador(?:a)?|trabajador(?:a)?|vendedor(?:a)?|comercial|commercial(?:e)?|recepcionista|secretari[oa]|secr[ée]taire|economista|[ée]conomiste|arquitect[oa]|arquitet[oa]|architecte|architett[oa]|periodista|jornalista|journaliste|giornalista|traductor(?:a)?|tradutor(?:a)?|traduct(?:eur|rice)|tradutt(?:ore|rice)|redactor(?:a)?|redator(?:a)?|r[ée]dact(?:eur|rice)|formador(?:a)?|format(?:eur|rice)|mediador(?:a)?|m[ée]diat(?:eur|rice)|orientador(?:a)?|tutor(?:a)?|asesor(?:a)?|assessor(?:a)?|conseill(?:er|ère)|gestionnaire|auditor(?:a)?|auditeur|auditrice|reclutador(?:a)?|recrutador(?:a)?|recruteu(?:r|se)|supervisor(?:a)?|superviseu(?:r|se)|director(?:a)?|diretor(?:a)?|directeur|directrice|direttore|direttrice|encargad[oa]|encarregad[oa]|responsabile|impiegat[oa]|operador(?:a)?|monitor(?:a)?`;

/**
 * A role a sentence names in lower case: "is seeking an experienced project manager", "is
 * looking for a highly creative and motivated developer". Up to six words before the role noun
 * are read; of them, the words right before it that are no adjective of praise or kind of
 * contract stay ("project manager", "data curator").
 */
const LOWER_LEAD = new RegExp(
  String.raw`\b(?:seeking|looking for|hiring|recruiting)\s+(?:an?|one)\s+((?:[\p{Ll}-]+,?\s+){0,6}?(?:${LOWER_ROLE_NOUNS})(?:\s+(?:${LOWER_ROLE_NOUNS}))?)\b`,
  'u',
);
/** Words before a role noun that praise or qualify the person or the contract, not the role. */
const NOT_ROLE_WORDS = new Set([
  'experienced',
  'highly',
  'creative',
  'motivated',
  'talented',
  'skilled',
  'passionate',
  'dedicated',
  'enthusiastic',
  'driven',
  'exceptional',
  'energetic',
  'full-time',
  'part-time',
  'hourly',
  'temporary',
  'permanent',
  'new',
  'additional',
  'and',
  'or',
]);

/** A headline's lower-case role with no article: "Oakland seeks chief information officer". */
const SEEKS_ROLE = new RegExp(
  String.raw`^\p{Lu}[\p{L}\p{N}.&'· -]{1,60}?\s(?:seeks|busca|cherche|cerca)\s+((?:[\p{Ll}-]+\s+){0,3}(?:${LOWER_ROLE_NOUNS}|${ROMANCE_ROLE_NOUNS}))\s*$`,
  'u',
);

/**
 * Leads of Romance postings that name no employer and may drop the article: "Se busca
 * enfermera", "Contrata-se professor", "Cercasi ..." ("Estamos à procura de" is read through
 * "procura").
 */
const ROMANCE_IMPERSONAL_SEEKING =
  '[Ss]e busca|[Ss]e necesita|[Ss]e requiere|[Ss]e solicita|[Ss]e precisa|[Pp]recisa-se|[Cc]ontrata-se|[Pp]recisamos|[Nn]ecesitamos|[Ii]ncorporamos|[Oo]n recherche|[Cc]ercasi|[Ss]i cerca|[Ss]iamo alla ricerca|[Ee]stamos en búsqueda|[Ee]stamos en la búsqueda';
/** A written-out gender of a Romance role noun: "enfermeiro(a)", "médico/a", "chargé·e". */
const ROMANCE_GENDER_ENDING = String.raw`(?:\((?:a|o|e|ne)\)|\/(?:a|o)\b|·e|·ne)?`;

/**
 * A second field joined to a lower-case Romance role, up to where the sentence goes on:
 * "chargé·e de projet et communication pour ...", "responsable administratif et financier.",
 * "asistente técnico y administrativo, con ...". A word that the sentence goes on with
 * ("et il ...", "e che ...") is not reached: the word joined must end the phrase.
 */
const ROMANCE_SECOND_FIELD = String.raw`(?:\s+(?:et|y|e)\s+(?:(?:de|du|des|da|do|di|del|della)\s+)?[\p{Ll}·-]{4,}${ROMANCE_GENDER_ENDING}(?=\s+(?:pour|para|per|qui|que|afin|en|em|dans|au|à|chez|con|com|avec|sur|por|par)\b|\s*[.,;:!?(]|\s*$))?`;

/**
 * A Spanish, French or Italian lead with its role in lower case, the noun first and what
 * qualifies it after: "¿Eres un diseñador web en busca de nuevos retos?", "Buscamos a un líder
 * de comunicaciones para ...". The noun and at most one word after it (with "de") are the role.
 */
const ROMANCE_LOWER_LEAD = new RegExp(
  String.raw`(?:${ROMANCE_SEEKING}|${ROMANCE_IMPERSONAL_SEEKING}|¿\s*[Ee]res)\s+(?:(?:a|de|di)\s+)?(?:(?:${ROMANCE_ARTICLES})\s+)?((?:${ROMANCE_ROLE_NOUNS}|l[ií]der)${ROMANCE_GENDER_ENDING}(?![\p{L}])(?:\s+(?:(?:de|du|des|da|do|di|del|della)\s+)?(?!(?:en|em|para|que|con|com|y|a|pour|qui|et|per|che|e|in|no|na|avec|au|aux|dans|sur|por|par|with)\b)[\p{Ll}·-]{2,}${ROMANCE_GENDER_ENDING}){0,3}${ROMANCE_SECOND_FIELD})`,
  'u',
);

const lowerLeadOf = (text: string): string | undefined => {
  const role = lowerRoleOf(text);
  // A title starts upper case, as the posting would have written it on a title line.
  return role === undefined ? undefined : upperFirst(role);
};

const lowerRoleOf = (text: string): string | undefined => {
  const seeks = SEEKS_ROLE.exec(text)?.[1] ?? ROMANCE_LOWER_LEAD.exec(text)?.[1];
  if (seeks !== undefined) return seeks;
  const phrase = LOWER_LEAD.exec(text)?.[1];
  if (phrase === undefined) return undefined;
  return roleWordsOf(phrase.split(/\s+/));
};

/**
 * A role a sentence names in the plural, in lower case: "seeking highly motivated postdoctoral
 * researchers", "looking for senior developers". Read only when nothing else names the post.
 */
const PLURAL_LEAD = new RegExp(
  String.raw`\b(?:seeking|looking for|hiring|recruiting)\s+(?:an?\s+)?((?:[\p{Ll}-]+,?\s+){0,6}?(?:${LOWER_ROLE_NOUNS})s)\b`,
  'u',
);

/** {@link PLURAL_LEAD}'s role in the singular, its praise left out: "Postdoctoral researcher". */
const pluralLeadOf = (text: string): string | undefined => {
  const phrase = PLURAL_LEAD.exec(text)?.[1];
  if (phrase === undefined) return undefined;
  const role = roleWordsOf(phrase.split(/\s+/));
  return upperFirst(role.replace(/s$/, ''));
};

/** The last words of a lower-case phrase, up to three, before any word of praise or contract. */
const roleWordsOf = (words: readonly string[]): string => {
  const role: string[] = [];
  for (let i = words.length - 1; i >= 0 && role.length < 3; i--) {
    const word = words[i] as string;
    if (word.endsWith(',') || NOT_ROLE_WORDS.has(word)) break;
    role.unshift(word);
  }
  return role.join(' ');
};

/**
 * The role a lead phrase names ("Seeks Experienced Bookkeeper" -> "Bookkeeper"), or one in lower
 * case ("DataCite is hiring an application developer" -> "application developer"), if any.
 */
const ledRole = (text: string): string | undefined =>
  leadOf(text)?.replace(LEADING_ADJECTIVE, '') || lowerLeadOf(text);
