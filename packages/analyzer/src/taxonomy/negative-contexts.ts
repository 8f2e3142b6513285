import type { SkillMatch } from './match-skills.ts';
import { isSoftSkill, SKILL_BY_NAME } from './taxonomy.ts';
import { isRuleVerb } from './verb-objects.ts';

/**
 * Words around an ambiguous name that show it is not the skill: `before` is tested on the text
 * just before the match (anchored at its end), `after` on the text just after it (anchored at
 * its start). Either one matching drops the match, unless `both` asks for both.
 */
interface NegativeContext {
  before?: RegExp;
  after?: RegExp;
  /** Drop only when both sides match (a verb needs its subject and its complement). */
  both?: boolean;
  /** Like `after`, but tested with case (a handle is written in lower case). */
  afterWithCase?: RegExp;
  /** Test the rule only on matches whose own text is this (one alias of several). */
  matched?: RegExp;
  /**
   * The match stays only when one of these shows beside it which thing is meant ("Excel, Word,
   * Visio"); a rule with it reads no `before` or `after`.
   */
  keepWith?: { before?: RegExp; after?: RegExp };
}

/** Characters read on each side of a match: keeps each check O(1). */
const WINDOW = 40;

/** A capitalised surname after a given name that is also a language's ("Julia Meltzer"). */
const PERSON_SURNAME =
  /^[ \t]+(?!(?:Programming|Language|Computing|Gems|Script|Lang)\b)\p{Lu}\p{Ll}{2,}(?![\p{L}.])/u;

/** Labels of the links in a resume's or a project's bar of links ("Linkedin | Github | Demo"). */
const LINK_LABELS =
  'linkedin|demo|live|website|portfolio|e-?mail|twitter|blog|homepage|orcid|keybase|skype|site web';
/** Labels that only ever name a profile link: beside one, even with spaces alone between. */
const PROFILE_LABELS = 'linkedin|orcid|keybase|twitter|skype|google scholar|researchgate';

/** Microsoft Office's programs in a list of them ("Excel, Word, Visio", "Word und Power Point"). */
const OFFICE_SIBLINGS =
  'excel|power\\s?point|outlook|access|visio|onenote|teams|publisher|word|sharepoint';
/** What joins two items of such a list, in English, Spanish, Portuguese, German or French. */
const LIST_JOINER = '(?:,|/|&|and|y|e|und|et)';

/** What joins Office programs in a list: a list's words, or a line break and a bullet. */
const OFFICE_JOINER = `(?:${LIST_JOINER}|\\n[ \\t]*[-*•·]?)`;
/**
 * A name of an Office program beside another of them in a list ("Microsoft Office, Word", or one
 * to a bulleted line: "* PowerPoint\n* Word").
 */
const OFFICE_LIST = {
  before: new RegExp(`\\b(?:office|${OFFICE_SIBLINGS})[ \\t]*${OFFICE_JOINER}\\s*$`, 'i'),
  after: new RegExp(`^[ \\t]*${OFFICE_JOINER}\\s*(?:microsoft\\s+)?(?:${OFFICE_SIBLINGS})\\b`, 'i'),
};

/** Words of phones and laptops near "MDM": mobile device management, not master data. */
const DEVICE_WORDS = 'devices?|mobile|endpoints?|laptops?|intune|jamf|macs?|ios|android';

/** Instruments of a materials, chemistry or physics lab, named beside a scanning electron microscope. */
const LAB_INSTRUMENTS =
  'TEM|AFM|XRD|EDX|EDAX|EDS|XPS|FTIR|TGA|DSC|HPLC|GC-MS|GC|NMR|Raman|ICP-MS|STM';

/** Big-data engines and AWS data services named beside Amazon EMR (folded, lower case). */
const BIG_DATA_TOOLS = 'spark|hadoop|hive|trino|presto|redshift|athena|kinesis|lambda';

/**
 * Per-skill negative contexts (folded, case-insensitive unless the name itself is
 * case-sensitive). General rules of English and Spanish usage, not fitted to one document:
 * a verb (`Go to`, `excel at`), a season (`Spring 2024`), money (`Salary R 50 000`), an
 * executive level (`C level`), the systems sense of a soft skill (`communication between
 * services`).
 */
const NEGATIVE_CONTEXTS: Readonly<Record<string, NegativeContext>> = {
  // The systems sense ("communication between services") and a unit's name ("Web
  // Communications Branch", "Communications Office").
  // Also a field or a journal's name: "Integrated Marketing Communications", "Information and
  // Communication Technologies", "Communications Biology, 7(1)", "Communications of the ACM",
  // "protocol-level communication", "a hybrid communication model", "communication interfaces",
  // "Communications in Mathematical Physics", "Nature Communications", "Computer Physics
  // Communications"; or what is sent, not how one communicates: "respondent communications",
  // "clinical communications".
  Communication: {
    after:
      /^\s+(?:between|among|protocols?|layers?|channels?|bus|stack|via|over|through|with (?:the )?(?:server|backend|frontend|api|apis|services?|devices?|database|clients?)|branch|office|department|division|directorate|unit|technolog(?:y|ies)|biology|association|in (?:computer|mathematical|theoretical|applied|computational|statistics|nonlinear|partial)|of the acm|models?|interfaces?)\b/i,
    before:
      /\b(?:inter-?process|inter-?service|service-to-service|network|serial|wireless|radio|satellite|machine-to-machine|device|secure|encrypted|real-time|realtime|http|rpc|api|client-server|services?|components?|microservices?|marketing|information and|speech|protocol-level|hybrid|nature|physics|chemical|optics|ieee|chemistry|materials|conference on|respondent|clinical|branding)\s+$/i,
  },
  Go: {
    after:
      /^\s+(?:to|ahead|above|beyond|further|back|live|out|into|over|through|the extra|deeper|far|hand in hand|wrong|well|get)\b/i,
    // Also the French gigabyte after a number: "16Go de RAM, 512 Go SSD".
    before:
      /\b(?:on the|let's|lets|will|can|we|you|must|should|don't|dont|never|always|i)\s+$|\d[ \t]?$/i,
  },
  // Dialectical behaviour therapy beside its siblings: "(CBT, DBT, Supportive, ...)", "DBT skills
  // groups".
  dbt: {
    before: /\b(?:CBT|ACT|EMDR|dialectical)\b[\s,/&]*(?:and\s+)?$/i,
    after: /^[\s,/&]*(?:and\s+)?(?:CBT|EMDR|therapy|therapies|skills groups?|informed)\b/i,
  },
  // Adobe's and Cisco's products of the name: "Canva, Adobe Spark, iMovie".
  'Apache Spark': { before: /\b(?:adobe|cisco|webex)\s+$/i },
  // The way of working a team leaves or is told apart from: "helping people adapt from
  // traditional waterfall approaches", "the differences between agile and waterfall".
  Waterfall: {
    before:
      /\b(?:from|away from|instead of|rather than|between agile and)\s+(?:(?:traditional|classic|legacy|old)\s+)?$/i,
  },
  // GCP is also Good Clinical Practice: "understanding of GCP and regulatory requirements",
  // "ICH-GCP guidelines".
  'Google Cloud': {
    matched: /^gcp$/i,
    after:
      /^\s*(?:(?:and|&)\s+(?:regulatory|clinical)|guidelines|regulations|principles|standards|training|certification|compliance)\b/i,
    before: /\b(?:ich|clinical|good clinical practice)[\s(-]*$/i,
  },
  // The Spanish nursing title "ATS/DUE" (Ayudante Técnico Sanitario / Diplomado Universitario en
  // Enfermería), not an applicant tracking system.
  'Applicant Tracking Systems': {
    matched: /^ats$/i,
    before: /\bdue\s*[/-]\s*$/i,
    after: /^\s*[/-]\s*due\b/i,
  },
  // A level of schooling, not teaching: "Ensino superior completo", "Enseñanza obligatoria"
  // ("enseñanza secundaria" is also a subject taught, and stays).
  Teaching: {
    matched: /^(?:ensino|ensenanza|enseñanza)$/i,
    after:
      /^\s+(?:superior|m[eé]dio|media|fundamental|t[eé]cnico|b[aá]sic[oa]|obrigat[oó]rio|obligatoria)\b/i,
  },
  // A product's feature or another craft, not the editing of texts: "collaborative editing
  // infrastructure", "multiplayer editing", "HTML/CSS editing", "gene editing", "video editing".
  Editing: {
    matched: /^editing$/i,
    before:
      /\b(?:collaborative|multiplayer|real-?time|genetic|gene|genome|base|prime|html|css|code|photo|image|video|audio|sound|music|film|podcast|inline|live)(?:\s*[/&]\s*[\p{L}]+)?\s+$/iu,
    after: /^\s+(?:infrastructure|tools?|features?|engine|functionality|capabilit(?:y|ies))\b/i,
  },
  // A thing done ahead of trouble, not the person's drive: "proactive hardware monitoring",
  // "proactive maintenance strategy", "proactive threat hunting", "through proactive
  // communication". A proactive approach, mindset or way of working stays.
  'Self-Motivation': {
    matched: /^pro-?acti/i,
    after:
      /^\s+(?:hardware|monitoring|maintenance|threat|threats|communication|communications|measures|security|detection|prospecting|outreach|support|planning|strategy|strategies|risk|identification|management|brain|alerts?|alerting|defen[cs]e)\b/i,
  },
  // An audit of something other than accounts: "audited and improved documentation", "content
  // auditing", "facilities auditing", "auditing entire codebases", "audited new accounts"
  // (advertising accounts).
  Auditing: {
    before:
      /\b(?:content|code|codebase|security|facilities|facility|accessibility|seo|site|website|ux|design|carrier|invoice|ai)\s+$/i,
    after:
      /^\s+(?:(?:and\s+[\p{L}]+\s+)?(?:the\s+)?(?:documentation|docs|codebases?|code|content|accessibility|messages|websites?|pages|sites|ai|new accounts|both\b))/iu,
  },
  // Learning offered in place of experience ("Experience with git or willingness to learn",
  // "familiarity with or a willingness to learn Golang"), or others' learning ("develop
  // students' desire to learn", "when we learn new things"): no trait the posting asks for.
  'Learning Agility': {
    before:
      /\b(?:or|and\/or)\s+(?:an?\s+|the\s+)?$|\b(?:students?|students['’]|student['’]s|children|youth|learners|we)\s+$/i,
  },
  // A preference, not the skill of ordering work: "prioritizing clarity over aesthetics", "we
  // prioritise applicants who have ..."; or a thing's ordering as a topic or a tool: "risk
  // prioritization", "feature prioritization", "Job Prioritization Tool".
  Prioritization: {
    matched: /^priorit/i,
    after: /^\s+(?:[\p{L}-]+\s+){0,3}over\s/iu,
    before:
      /\b(?:we|will|may)\s+$|\b(?:risk|area|job|feature|features|product|resource|work|target|drug|patient|project|backlog|task|vulnerability|defect|bug|ticket|request|investment|portfolio)\s+$/i,
  },
  Excel: {
    both: true,
    after:
      /^\s+(?:at|in|as|under|within|when|while)\s+(?!excel\b|an? (?:advanced|expert|intermediate|basic|high|proficient)\b|(?:advanced|expert|intermediate|basic) level)/i,
    before:
      /(?:[\n•▪●\-*]\s*|[.!?]\s+|\b(?:to|will|can|you|who|we|they|must|should|would|could|helps?|help \w+|people|teams?|students|others|staff)\s+)$/i,
  },
  // Money ("Salary R 50 000", Brazilian reais "R$ 1.000,00") or a German gender ending
  // ("Wissenschaftliche/r").
  R: {
    before:
      /\b(?:salary|pay|rate|wages?|remuneration|compensation|ctc|package|earn|stipend|bonus)\s*[:\-–]?\s*$|\p{L}\/$/iu,
    after: /^\s?\d|^\$/,
  },
  // Social media as data, not as marketing: "social media analysis", "mentions pulled from
  // social media", "analyzing social media to determine ...".
  'Social Media Marketing': {
    matched: /^social media$/i,
    after: /^\s+(?:analysis|analytics|data|mining|research|templates|ranked)\b/i,
    before: /\b(?:from|analy[sz]ing|analy[sz]e)\s+$/i,
  },
  // A user researcher's or UX researcher's role is User Research, not research skills in
  // general: "Junior user researcher", "the skills of both a UX Researcher and a Designer".
  'Research Skills': {
    matched: /^(?:researchers?|research skills)$/i,
    // Also skills an organisation teaches others: "working to spread data-driven research
    // skills", "promoting research skills".
    before:
      /\b(?:user|ux)\s+$|\b(?:spread|spreads|spreading|promote|promotes|promoting|teach|teaches|teaching)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
  },
  // The employer's HR department, not the skill: "the local Human Resources Office", "work
  // with HR", "the HR webpage", "HR's application window", "the HR interview", "Neem contact op
  // met HR".
  'Human Resources': {
    after:
      /^(?:['’]s\s+\p{L}+|\s+(?:office|offices|department|webpage|web page|website|site|page|portal|representatives?|contacts?|interviews?|pay and benefits|benefits page)\b)/iu,
    before: /\b(?:to|with|from|by|contact|contacting|the local|your local|contact op met)\s+$/i,
  },
  // The foundation, its licence or another of its projects: "The Apache Software Foundation",
  // "the Apache License 2.0", "Apache Arrow".
  'Apache HTTP Server': {
    matched: /^apache$/i,
    after:
      /^\s+(?:software foundation|foundation|licen[cs]e|incubator|projects?|2\.0 licen[cs]e)\b/i,
    afterWithCase: /^\s+(?!HTTP|Http|Web|Server|HTTPD)\p{Lu}\p{Ll}/u,
  },
  // The Open Container Initiative's formats: "OCI containers", "OCI images".
  'Oracle Cloud': {
    matched: /^oci$/i,
    after:
      /^[\s-]+(?:containers?|images?|runtimes?|registr(?:y|ies)|artifacts?|spec(?:ification)?s?|compliant|distribution)\b/i,
  },
  // Software supply chains: "supply-chain security", "software supply chain attacks".
  'Supply Chain Management': {
    after: /^[\s-]+(?:security|attacks?|integrity|levels|provenance|vulnerabilit(?:y|ies))\b/i,
    before: /\b(?:software|open[- ]source|dependency|build|code)\s+$/i,
  },
  // "doing business as": "Natural Essentials, Inc. DBA Bulk Apothecary", "Acme LLC d/b/a".
  'Database Administration': {
    matched: /^dba$/i,
    before: /\b(?:inc|llc|ltd|corp|co|gmbh|company)\.?[*_,\s]*$/i,
  },
  // The employer interviewing for this very post: "we are planning on interviewing lots of
  // people", "we will be interviewing", "the selecting official may choose to conduct
  // interviews"; or the applicant's own interviews: "prior to interviewing with our team",
  // "before or during interviewing".
  Interviewing: {
    before:
      /\b(?:we|we're|we are|we will be|we will|we'll|will be|are|be|planning on|plan on|start|begin|prior to|before|during|after|(?:official|manager|panel|committee|team)\s+(?:may|will|might)(?:\s+choose\s+to)?)\s+$/i,
  },
  // The phone line for the deaf in a posting's contact block: "TDD 858-577-5723", "TTY/TDD:
  // 711", not test-driven development.
  'Test-Driven Development': {
    matched: /^tdd$/i,
    before: /\b(?:tty|tdd|phone|telephone|voice)\s*[/:]?\s*$/i,
    after: /^\s*[/:]?\s*(?:\(?\+?\d[\d\s().-]{2,}|tty\b|relay\b)/i,
  },
  // A method's own algorithms, where the method is the skill: "machine learning models and
  // algorithms", "clustering algorithms", "algorithmes de machine learning"; and an institute's
  // name ("Institute for Algorithms and Scientific Computing").
  Algorithms: {
    before:
      /\b(?:learning|ml|ai|clustering|classification|regression|search|sorting|consensus|cryptographic|evolutionary|genetic|bayesian|detection|recognition|compression|resolution|transformation|reconstruction|tracking|scheduling|routing|institute\s+(?:for|of))\s+(?:(?:models?|techniques?|methods?|libraries)\s+(?:and|or|&)\s+)?$/i,
    after:
      /^\s+(?:de|d'|d’|di|do|da)\s*(?:machine learning|apprentissage|aprendizaje|aprendizado|deep learning|ia|ai)\b/i,
  },
  // Spanish "creo" (I believe, I create), not PTC's CAD program: "Creo que ...", "también creo".
  Creo: {
    before: /\b(?:yo|tambien|no|lo|la)\s+$/i,
    after:
      /^\s+(?:que|en|firmemente|haber|poder|ser|tener|estar|esto|eso|contenido|una?|el|la|los|las)\b/i,
  },
  // Amazon's Elastic MapReduce beside the big-data tools it runs, not a medical record: "migrated
  // Trino from EMR", "S3, Redshift, Glue, EMR".
  'Electronic Health Records': {
    matched: /^EMRs?$/,
    before: new RegExp(
      `\\b(?:${BIG_DATA_TOOLS}|aws|s3|glue|databricks|airflow)\\b[^.\\n]{0,30}$`,
      'i',
    ),
    after: new RegExp(`^[^.\\n]{0,30}\\b(?:${BIG_DATA_TOOLS}|cluster|clusters)\\b`, 'i'),
  },
  // Security event management (SIEM), not events for people.
  'Event Planning': { before: /\b(?:information|security|log)\s*(?:&|and)?\s*$/i },
  // The employer itself: "at NIST", "the NIST mission"; its standards stay ("NIST 800-53").
  NIST: {
    before: /\b(?:at|join|joining)\s+$/i,
    after:
      /^(?:['’]s\b|\s+(?:mission|labs?|laboratory|laboratories|staff|employees|campus|headquarters)\b)/i,
  },
  // Machines grouped together, not the learning method: "server and database clustering".
  'Unsupervised Learning': {
    matched: /^clustering$/i,
    before:
      /\b(?:servers?|databases?|db|failover|storage|nodes?|hosts?|mysql|postgres(?:ql)?|redis|kubernetes|application)\s+(?:and\s+[\p{L}-]+\s+)?\[?$/iu,
  },
  // What the systems serve, not a service skill: "customer facing services".
  'Customer Service': {
    matched: /^customer[- ]facing$/i,
    after:
      /^\s+(?:services|systems?|applications?|apps?|products?|websites?|sites?|platforms?|features?|infrastructure)\b/i,
  },
  // A capitalised common noun, not the system: "Windows of opportunity".
  Windows: { after: /^\s+of\b/i },
  // The meeting an information session is held on: "attend Session 1 on MS Teams".
  'Microsoft Teams': { before: /\b(?:on|via|over)\s+$/i },
  // Leaders as people, not the trait: the employer's own ("Our leadership team has worked
  // together...") and those one reports to or works with ("present results to leadership",
  // "liaise with OLS leadership", "under the Analytics Team leadership", "staff, leadership,
  // scientists"). A list that goes on with "and"/"or", or "leadership skills", keeps the skill.
  Leadership: {
    before:
      /\b(?:our|the|their|its|your|senior|executive|agency|organi[sz]ational|company|institutional|transparent|thought|team|staff,?|including|(?:to|with|from|by)(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+$/iu,
    after: /^(?!\s+(?:skills?|abilit|qualit|experience|capabilit|and\b|or\b))/i,
    both: true,
  },
  // How an organisation or a project is set up, not a trait of the candidate: "in
  // collaboration with the GHU", "is a collaboration between University IT and ...", "a
  // cross-organization collaborative led by", "an environment of collaboration"; and a thing made
  // for working together is not the trait either: "collaborative editing", "a collaboration
  // platform".
  Teamwork: {
    matched: /^collaborat/i,
    before:
      /\b(?:in|en|em|is a|was a|are a|(?:environment|culture|spirit|atmosphere|platform) (?:of|for))\s+(?:[\w-]+\s+)?$/i,
    after:
      /^\s+(?:between|led by|efforts? of|avec|con|editing|whiteboards?|platforms?|products?|tools?|software|infrastructure|research projects?|development workflows?|workspaces?|suites?)\b/i,
  },
  // A security clearance, not the language: "TS/SCI", "Top Secret (TS)"; a standard's kind:
  // "ISO/TS 22163" (a technical specification).
  TypeScript: {
    matched: /^TS$/,
    after: /^\s*\/\s*SCI\b/i,
    before: /\b(?:top secret\s*\(?|iso\s*\/\s*)$/i,
  },
  // "Word" alone is Microsoft's only beside its siblings in a list: "Excel, Word, Visio",
  // "Word/PowerPoint"; a "Word resume", "Your Word Matters" or a "Word document" link is not.
  'Microsoft Word': { matched: /^Word$/, keepWith: OFFICE_LIST },
  // "Access" alike: "Microsoft Excel and Access", never "Access to data" or "Open Access".
  'Microsoft Access': { matched: /^Access$/, keepWith: OFFICE_LIST },
  // The scanning electron microscope among a lab's other instruments or its images, not search
  // engine marketing: "techniques such as TEM, SEM, and light", "TGA, GC-MS, HPLC, SEM",
  // "Cleanroom Tools: SEM, Photolithography", "SEM, AFM, X-ray tomography", "SEM micrographs".
  SEM: {
    before: new RegExp(
      String.raw`\b(?:${LAB_INSTRUMENTS}|microscop\w*|cleanroom\W+tools|mechanical testing)\b[\s\w,/&:()-]{0,24}$`,
      'i',
    ),
    after: new RegExp(
      String.raw`^\s*(?:(?:,|\/|and|&)\s*(?:${LAB_INSTRUMENTS}|photolithography|x-ray)\b|(?:images?|imaging|micrographs?|microscop\w*)\b)`,
      'i',
    ),
  },
  // Mentor Graphics and its tools (now Siemens EDA), not a mentor: "Mentor Calibre, Mentor AFS".
  Mentoring: {
    matched: /^Mentor$/,
    after: /^\s+(?:Graphics|Calibre|Tanner\w*|AFS|Questa|ModelSim|PADS|Xpedition|HyperLynx|Eldo)\b/,
  },
  // Canadian dollars, not the drawing tool: "70,000 CAD /year", "CAD 5,000 per month"; nor the
  // CAD of circuits: "Electronic CAD: Cadence, Mentor".
  AutoCAD: {
    matched: /^CAD$/,
    before: /\d\s*$|\belectronic\s+$/i,
    after: /^\s*(?:\$|\d|\/\s*(?:year|yr|month|hour)|per\b|a year|annually)/i,
  },
  // A body of people sent somewhere, or a delegate among them, not handing work on: "the
  // inter-ministerial delegation for the national strategy", "a student delegate", "les
  // délégations financières" (signing authority), "delegate incoming calls".
  Delegation: {
    before:
      /\b(?:student|ministerial|inter-ministerial|official|trade|national|government|governmental|financial|foreign|youth|a|an|the|as|les|la|des|staff or financial)\s+$/i,
    after:
      /^s?\s+(?:for|from|at|to the (?:wto|un|conference|summit)|incoming|financières|financial)\b/i,
  },
  // The papers of an application: "your resume and supporting documentation will be evaluated".
  // Also a licence's text kept with a posting: "this software and associated documentation
  // files (the "Software")"; or papers to hand in or read: "if supported by appropriate
  // documentation", "submit documentation as described", "after reviewing the documentation".
  Documentation: {
    before:
      /\b(?:supporting|required|requested|application|additional|associated|appropriate|submit|reviewing|review|investment)\s+(?:the\s+)?$/i,
    after: /^\s+(?:as described|of eligibility)\b/i,
  },
  // "Office" alone is a place, a unit or a title ("Office of the CTO", "home office"): it names
  // the suite only as an item of skills, with its programs in brackets ("Office (Word,
  // Excel)"), a level ("Office: Advanced", "Office ○○○") or a registered mark ("Office®").
  'Microsoft Office': {
    matched: /^Office$/,
    keepWith: {
      after:
        /^(?:®|[ \t]*\((?:met name |e\.g\.,? |z\. ?b\.,? |incl\.? )?(?:word|excel|powerpoint|power point|outlook|access)\b|[ \t]*[:–-][ \t]*(?:level[ \t:–-]*)?(?:advanced|avan[cç]ad[oa]|avanzad[oa]|avanc[ée]e?|intermedi\p{L}*|basi[cq]u?e?|b[aá]sic[oa]|expert|fluent|proficient|good|sehr gut|gut)\b|(?:[ \t]*[○●◯◉★☆⚫⚪]){2,})/iu,
    },
  },
  // A software team's review of code ("peer review code", "source control, automated testing
  // and peer review", "software peer-review") or the kind of literature ("the peer-review
  // medical literature"): no reviewing of papers.
  'Peer Review': {
    matched: /^peer/i,
    before:
      /\b(?:code|software|source control|continuous integration|continuous deployment|deployment|automated testing|pull requests?|merge requests?)\b[^.\n]*$/i,
    after:
      /^(?:[\s-]+(?:of\s+)?(?:the\s+)?(?:code|software|pull requests?|merge requests?|changes|commits)\b|\s+and\s+(?:python\s+)?packaging|[\s-]+(?:[\p{L}/]+\s+){0,3}(?:literature|journals?|publications?))/iu,
  },
  // "build tools" as a verb and its object: "you will build tools across platforms".
  'Build Tools': {
    matched: /^build (?:tools?|systems?)$/i,
    before:
      /\b(?:will|to|you|we|can|could|should|must|help|helps|helping|also|who|they|i|us|them)\s+$/i,
    after: /^\s+to\s+\p{L}/iu,
  },
  // Where the job is done, not a skill: "hybrid and/or remote work may be an option", "this
  // fully remote position", "a remote organization", "remote team building activities".
  // Also a card's field ("Remote Work / Travel: N/A", "Location: Fully Remote"), a rule of the
  // post ("All remote work must be performed in Colorado") or an offer ("Remote Work und Home
  // Office möglich").
  'Remote Collaboration': {
    before: /\b(?:hybrid(?: or)?|and\/or)\s+$|\b(?:location|standort|arbeitsort|lieu)\b[^\n]*$/i,
    after:
      /^\s+(?:may|might|is (?:an option|possible|available)|options?|policy|position|positions|role|roles|job|jobs|allowance|stipend|and time|building|company|must|und home|und aufgaben|m[öo]glich)\b|^[ \t]*(?:\/[ \t]*[\p{L}]+[ \t]*)?\**[ \t]*:/iu,
  },
  // The employer recruiting for this very post: "We are recruiting a Technical Support Analyst".
  Recruiting: {
    before:
      /\b(?:we are|we're|we|is|are|currently|(?:we are|we're) interested in|(?:study|research|trial)?\s*participants?)\s+$/i,
    // People recruited into a study, not staff hired: "the recruiting of research participants";
    // or the posts an employer fills: "recruiting three new roles".
    after:
      /^\s+(?:of\s+)?(?:(?:research|study|clinical|trial|eligible|\w+\s+new|new)\s+)?(?:participants?|subjects|patients|volunteers|respondents|roles|positions)\b/i,
  },
  // A payment someone receives is no payments skill: "overtime payments", "invoice payments".
  Payments: {
    before: /\b(?:overtime|call-out|salary|bonus|benefits?|pension|invoice)\s+$/i,
  },
  // Decisions the work informs are other people's ("to aid in decision making", "inform our
  // decision making", "supports data-driven decision making", "enhancing data visibility and
  // strategic decision-making"), decisions studied are a topic
  // ("studies on decision-making in neurologic disease"), and "decision-making factors" or
  // "decision making support" are what the work supplies: none is the trait.
  'Decision Making': {
    before:
      /\b(?:(?:aid|aids|aiding|support|supports|supporting|inform|informs|informing|drive|drives|driving|guide|guides|guiding|enable|enables|enabling|improve|improves|improving|enhance|enhances|enhancing|facilitate|facilitates|for|to|into|para|pour)\s+(?:in\s+)?(?:(?:our|the|their|its|la|le)\s+)?|(?:improving|enhancing|supporting|informing|enabling|streamlining)\s+(?:[\p{L}-]+\s+){1,3}(?:and|&)\s+|(?:studies|research|work)\s+(?:on|of|into)\s+)(?:(?:[\p{L}]+-[\p{L}-]+|better|strategic|business|effective|informed|collaborative|organi[sz]ational|clinical|public|critical)\s+){0,2}$/iu,
    after: /^\s+(?:factors|support|tools)\b/i,
  },
  // Owning a thing, not the trait of taking ownership: "car ownership", "KPI ownership",
  // "POC/POV ownership", "under your ownership", "shared ownership of success"; and ownership
  // handed over of a thing, a duty of the role ("take full ownership of our GKE clusters",
  // "ownership over the work"), not of one's own work ("take ownership of your task").
  Ownership: {
    after: /^\s+(?:of|on|over)\s+(?!(?:your|their|his|her|my|one's|one’s)\b)/i,
    before:
      /\b(?:car|vehicle|home|house|land|property|stock|equity|share|kpis?|pov|poc|okrs?|your|our|their|shared|joint|public|private|data|code|product)\s+$/i,
  },
  // People operations are human resources: a "People Operations Manager" runs hiring, pay and
  // benefits, not a business's operations.
  'Operations Management': { before: /\bpeople\s+$/i },
  // The experience customers have as an outcome, not the practice: "improve customer
  // experience", "build a great customer experience", "the best possible customer experience";
  // and a team's name: "CX/Growth Development teams", "UX and CX supervisors".
  'Customer Experience': {
    before:
      /\b(?:improv\w*|enhanc\w*|ensur\w*|deliver\w*|provid\w*|boost\w*|great|best(?: possible)?|better|seamless|positive|overall|excellent|exceptional)\s+(?:(?:the|an?|our|their)\s+)?$/i,
    after:
      /^(?:\s*\/\s*[\p{L}]+(?:\s+[\p{L}]+)?)?\s+(?:teams?|supervisors?|(?:product\s+)?groups?|department)\b/iu,
  },
  // A pension plan, not the RPC framework: "Thrift Savings Plan".
  Thrift: { after: /^\s+savings\b/i },
  // Sales as a business's figures, not selling: "improving sales conversion by 25%", "sales
  // tracking", "sales campaigns", "an outbound sales engine", "boosting sales for our clients",
  // "achieving 115% of sales targets", "inflated sales margins", "sales KPIs".
  Sales: {
    after:
      /^(?:\s*\/\s*use)?\s+(?:conversions?|tax|taxes|tracking|campaigns?|engine|figures|volumes?|data|targets?|margins?|kpis?)\b/i,
    before: /\b(?:boost\w*|increas\w*)\s+$/i,
  },
  // Asset management of things, not of money: "IT / end-user / digital asset management",
  // "asset management systems".
  'Investment Analysis': {
    before:
      /\b(?:digital|it|ict|end-user|end user|software|hardware|fixed|physical|enterprise|media|data|infrastructure|facilities)\s+$/i,
    after: /^\s+(?:systems?|software|tools?|platforms?|databases?|processes)\b/i,
  },
  // "Mac address" is the network card's (usually MAC, but not always).
  macOS: { after: /^\s+address(?:es)?\b/i },
  // Cisco's router software, not Apple's: "Cisco IOS", "network hardware, IOS".
  iOS: {
    before: /\b(?:cisco|network(?:ing)?(?:\s+(?:hardware|devices?|gear|equipment))?\s*[,/&]?)\s+$/i,
  },
  Rust: { after: /^[\s-]*(?:belt|proof|resistant|removal|stains?)\b/i },
  // A season, also in a range of seasons: "Spring 2024", "Spring - Summer 2021", "Winter/Spring".
  Spring: {
    after:
      /^\s+(?:\d{4}|semester|term|break|season|quarter|intake|cohort|session|festival|cleaning|clean)\b|^\s*[-–/]\s*(?:summer|fall|autumn|winter)\b/i,
    before: /\b(?:summer|fall|autumn|winter)\s*[-–/]\s*$/i,
  },
  // The regulation cited by number or article, as a CV's consent to the processing of its data
  // ends: "in accordance with Art. 6(1)(a) of GDPR (EU) 2016/679".
  GDPR: {
    before: /\bart(?:icle|\.)?\s*\d+[\w().]*\s+(?:of\s+(?:the\s+)?|del\s+|du\s+)?$/i,
    after: /^\s*(?:\(EU\)\s*)?(?:n\.?\s*)?(?:20)?(?:16\/679|679\/(?:20)?16)\b/i,
  },
  Swift: {
    before: /\b(?:be|very|so|too)\s+$/i,
    after: /^\s+(?:response|action|resolution|turnaround|delivery|decisions?|and)\b/i,
  },
  C: {
    after: /^\s+(?:level|suite|corp|executives?|grade)\b/i,
    before:
      /\b(?:vitamin|grade|class|plan|section|type|category|appendix|part|schedule|tier|level|option|form|building)\s+$/i,
  },
  Chef: {
    before: /\b(?:sous|head|pastry|executive|line|private|personal|master)\s+$/i,
    after: /^\s+(?:de|and cook|cooks?|kitchen)\b/i,
  },
  SAFe: { before: /\b(?:stay|keep|be|feel|staff)\s+$/i },
  // Tool names that are also words of ordinary prose: "at the helm", "a lean team", "power
  // transformers", "HCL Technologies" (an employer), "RTK GPS" (surveying).
  // "a small, agile team", "light, agile data infrastructure": how nimble, not the method.
  Agile: {
    matched: /^agile$/i,
    before: /\b(?:small|light|lean|nimble|rapid|quick|fast|flexible|tailored)\s*,?\s*(?:and\s+)?$/i,
  },
  Helm: { before: /\b(?:at|take|takes|taking|took|to)\s+the\s+$/i },
  Lean: {
    after:
      /^\s+(?:on|in|into|towards?|back|forward|team|teams|staff|budgets?|company|organi[sz]ations?|times|years|and\s+mean|meat|muscle)\b/i,
  },
  Transformers: {
    matched: /^transformers?$/i,
    before:
      /\b(?:power|distribution|electrical|current|voltage|step-?up|step-?down|isolation|instrument|substation|pole-?mounted|pad-?mounted)\s+$/i,
    after: /^\s+(?:and\s+switchgear|switchgear|substations?|and\s+substations?)\b/i,
  },
  Terraform: {
    matched: /^hcl$/i,
    after:
      /^\s+(?:technologies|tech|infosystems|america|ltd|limited|software|global|infotech|healthcare)\b/i,
  },
  Redux: {
    matched: /^rtk$/i,
    before: /\b(?:gps|gnss)[\s-]*$/i,
    after: /^[\s-]*(?:gps|gnss|survey\w*|positioning|base|rover|corrections?|receivers?)\b/i,
  },
  // French "tableau de bord" (a dashboard), "tableau des effectifs": the word, not the tool.
  Tableau: { after: /^\s+(?:de|des|du|d')\b/i },
  // The verb and the statistics method written in lower case, not the CSS framework: "self
  // bootstrap" (a company's funding), "to bootstrap 70% of all products", "bootstrap a new
  // computer", "the bootstrap program" (physics), "bootstrap resampling".
  Bootstrap: {
    matched: /^bootstrap$/,
    before: /\b(?:self|to)[\s-]*$/i,
    after:
      /^\s+(?:a|an|the|new|our|my|your|their|its|\d+\s?%|programs?|programmes?|methods?|samples?|sampling|resampling|estimates?|intervals?|replicates?|confidence)(?![\p{L}])/iu,
  },
  // "SSR" as a grade in Spanish postings (semi-senior): "Soporte técnico SSR/SR", "Jr/Ssr".
  'Server-Side Rendering': {
    before: /\b(?:jr|junior|trainee|sr)\s*[/-]\s*$/i,
    after: /^\s*[/-]\s*(?:sr|senior|jr|junior|semi)\b/i,
  },
  // A UK civil-service grade (Senior Executive Officer): "Grade: SEO", "SEO / HEO".
  SEO: {
    matched: /^SEO$/,
    before: /\bgrades?[\s:*]*$/i,
    after: /^\s*(?:[/,]|or|to)\s*(?:HEO|EO|G[67]|Grade\s*[67])\b/,
  },
  // A mailbox's or a system's archive is no archival work: "maintain email archives", "a
  // document archival system".
  'Archival Processing': {
    matched: /^archiv/i,
    before: /\b(?:e-?mail|mail|message|chat|log|backup|document)\s+$/i,
    after: /^\s+(?:systems?|storage|software|solutions?|format|files?)\b/i,
  },
  // A database as a collection of records one keeps, not database technology: "enter data into
  // study databases", "utilize the HR databases", "maintain candidate databases", "databases of
  // community members".
  Databases: {
    matched: /^databases?$/i,
    before:
      /\b(?:study|studies|hr|crm|candidate|member|membership|donor|customer|contact|client|patient|alumni|volunteer)\s+$/i,
    after:
      /^\s+of\s+(?:(?:community|our|the)\s+)?(?:members|contacts|candidates|donors|customers|clients|volunteers|people|partners)\b/i,
  },
  // Meeting people, not computer networks: "networking events", "networking opportunities
  // with peers".
  Networking: {
    matched: /^networking$/i,
    after:
      /^\s+(?:events?|opportunit(?:y|ies)|sessions?|receptions?|lunch(?:es)?|skills?|with\s+(?:peers|colleagues|professionals|people|others|industry))\b/i,
    before: /\b(?:professional|social|career|peer)\s+$/i,
  },
  // Calls a support desk takes, not a rota: "front-line support on call volume and emails",
  // "on call centre duties".
  'Incident Management': {
    matched: /^on[- ]call$/i,
    after: /^\s+(?:volumes?|cent(?:er|re)s?|queues?|handling|routing)\b/i,
  },
  // Security information and event management (SIEM) written out: "Security Information & Event
  // Management" shares its noun, but names no management of information.
  'Information Management': { before: /\bsecurity\s+$/i },
  // Keys to a lab or a building: "lab access management", "physical access management".
  'Identity and Access Management': {
    matched: /^access management$/i,
    before: /\b(?:lab|laboratory|building|door|physical|site|facility|facilities|key)\s+$/i,
  },
  // "2020 – present Research-Practitioner ...": the end of a date range, then the next line. A
  // bullet's dash is no date range: "- Present findings to the board" is the skill.
  'Presentation Skills': {
    matched: /^present\s/i,
    before: /(?:\b(?:19|20)\d\d|\d\s*[–—-])\s*$/,
  },
  // The French "vue" (a view): "d'un point de vue défensif", "en vue de", "vue d'ensemble".
  'Vue.js': {
    matched: /^vue$/i,
    before: /\b(?:points?\s+de|une|la|cette)\s+$/i,
    after: /^\s+(?:(?:de|des|du|sur|sous)\b|d['’])/i,
  },
  // A given name, not the language: "Julia Meltzer" (a supervisor), "Ruby Chen".
  Julia: { afterWithCase: PERSON_SURNAME },
  Ruby: { afterWithCase: PERSON_SURNAME },
  // The conference, not the library: "a talk at SciPy 2024", "SciPy Conference".
  SciPy: { after: /^\s+(?:(?:19|20)\d\d\b|conference\b|conf\b)/i },
  // A person in a list of authors: "Bland, Nana Shumiya, Ray D.", "Ray Kurzweil". Ray's own
  // libraries keep theirs: "Ray Serve", "Ray Tune". A ray of light is not the library either:
  // "a ray tracing pipeline", "ray casting", "X-ray imaging".
  Ray: {
    before: /\bx[ \t-]*$/i,
    after: /^[ \t-]*(?:trac(?:ing|er|ers|ed)|cast(?:ing|er|ers)?)\b/i,
    afterWithCase:
      /^[ \t]+(?:\p{Lu}\.(?=[\s,;]|$)|(?!(?:Serve|Tune|Train|Data|Datasets|Core|Cluster|Clusters|Dashboard|Jobs|Workflows|Actors|Tasks|Framework|Distributed|On)\b)\p{Lu}\p{Ll}{2,}(?![\p{L}.]))/u,
  },
  // "MDM" for phones and laptops is mobile device management: "MDM solutions for our devices",
  // "endpoint and MDM tools".
  'Master Data Management': {
    matched: /^mdm$/i,
    before: new RegExp(String.raw`\b(?:${DEVICE_WORDS})\b[^.\n]{0,40}$`, 'i'),
    after: new RegExp(String.raw`^[^.\n]{0,40}\b(?:${DEVICE_WORDS})\b`, 'i'),
  },
  // Data that is easy to reach, not accessible design: "improving data accessibility".
  Accessibility: { before: /\b(?:data|information|records?)\s+$/i },
  // The experience users have as an outcome of the work, not the design practice: "improving
  // the overall user experience", "ensuring a seamless user experience". "UX" itself is no
  // outcome word, so only the spelled-out phrase is tested.
  'UX Design': {
    matched: /^user[\s-]+experience$/i,
    before:
      /\b(?:improv\w*|enhanc\w*|ensur\w*|deliver\w*|provid\w*|seamless|positive|overall|great|better|best|consistent|smooth|intuitive|delightful|excellent|exceptional|optimal|frictionless)\s+(?:of\s+)?(?:the\s+|an?\s+)?(?:(?:overall|end|high[- ]quality|quality|consistent|great|good|better|positive|seamless)\s+)*$/i,
  },
  // A platform's name as a project's metric or a contact label, not as a skill used:
  // "2.5K GitHub stars", "GitHub profile", "GitHub: <link>" (the link itself is blanked),
  // "GitHub: @handle", "GitHub: janedoe". "GitHub johndoe" at the end of a contact line: a
  // handle, not a skill; so is "Github github.com/user" (the link is blanked to a run of spaces
  // before matching), and "author_github: name", a front-matter key.
  // A link's label in a bar of links: "Linkedin | Github | (913) 857", "Sweater Weather API |
  // Github | Production"; a project's link alone on its line ("GitHub Repository"); a profile
  // label beside it, even with spaces alone between ("Orcid  Github  LinkedIn", "Mail ⋄ Site Web
  // ⋄ Github", "Github github.com/user"), or on the next line when that line holds labels alone
  // ("Pune Github\nLinkedin Portfolio") or the link ("Github\ngithub.com/user"); a label before a
  // Markdown link ("GitHub: [https://github.com/x](...)"); a project's metric ("2K+ stars on
  // GitHub"); where a project's code or slides are kept ("shared on my GitHub account",
  // "available for viewing on GitHub", "Github Profil").
  GitHub: {
    after: new RegExp(
      String.raw`^(?:\s+(?:stars?|sponsors?|profile|profil|account|handle|username|(?:repository|repo|link|page)[ \t]*(?:\n|$|[|•·]))|[\]*]*\s*:[ \t*]*(?:\n|$|@|[[(<]|[a-z0-9][a-z0-9-]{1,38}[ \t]*(?:\n|$|[,|•]))|[\]*:()]{0,4}[ \t]{6,}|\s*[|•·⋄]\s*(?:${LINK_LABELS}|production|\(?\+?\d)|[ \t]+(?:${PROFILE_LABELS}|github\.com/)|[ \t]*\n(?:[ \t]*github\.com/|[ \t]{6,}|[ \t]*(?:(?:${PROFILE_LABELS}|${LINK_LABELS})[ \t]*){1,4}(?:\n|$)))`,
      'i',
    ),
    afterWithCase: /^(?:[ \t]+|[ \t]*\n[ \t]*)@?[a-z0-9][a-z0-9-]{1,38}[ \t]*(?:[\n,|•]|$)/,
    // A front-matter key ("author_github:"), a resume file's list of profiles ("network":
    // "GitHub"), a bar of links, how to apply ("a link to your LinkedIn / Resume / GitHub").
    before: new RegExp(
      String.raw`_$|\b(?:stars|followers|downloads)\s+on\s+$|\b(?:available|hosted|shared|published|posted|viewable)(?:\s+for\s+viewing)?\s+(?:on|at|via)\s+(?:my\s+|our\s+|the\s+)?$|\bnetwork["']?\s*:\s*["']?$|\b(?:${LINK_LABELS})\s*[|•·⋄]\s*$|\b(?:${PROFILE_LABELS})[ \t]+$|\byour\s+(?:[\p{L}]+\s*[/,]\s*){0,3}$`,
      'iu',
    ),
  },
};

/**
 * A skill's name as part of a company's name ("Digital Design Limited", "Oracle Corporation",
 * an investor: "Salesforce Ventures"): the employer or its backer, not a skill. Tested after
 * every match.
 */
const COMPANY_SUFFIX =
  /^[ \t]+(?:limited|ltd|llc|l\.l\.c|inc|incorporated|gmbh|corp|corporation|plc|pty|s\.a|s\.l|b\.v|ag|ventures)\b\.?/i;

/**
 * Words of a language requirement: a level or a mention of languages (English, Spanish, and the
 * same words in Portuguese, French, Italian, German and Dutch, accents folded).
 */
const LEVEL =
  'fluent|fluency|fluently|native|c1|c2|b1|b2|a2|advanced|intermediate|upper[- ]intermediate|proficient|proficiency|business|professional|conversational|bilingual|level|nivel|avanzado|avanzada|intermedio|intermedia|fluido|fluida|nativo|nativa|hablado|escrito|oral|written|spoken|language|languages|speaker|speakers|mother tongue|idioma|idiomas|lengua|toeic|toefl|ielts|dele|delf|fluente|avancado|avancada|intermediario|intermediaria|basico|basica|courant|couramment|niveau|langue|langues|bilingue|technique|professionnel|madrelingua|lingua|lingue|conoscenza|flie(?:ss|\u00df)ende?|verhandlungssicher|muttersprache|kenntnisse|sprachkenntnisse|vloeiend|taal|moedertaal|beheersing|beheerst|beheersen';

/**
 * A spoken language's name is an everyday word ("English literature", "French fries"): it counts
 * only next to a level or a language context ("Inglés avanzado", "English C1", "fluent French",
 * "Idiomas: inglés", "English and Spanish (fluent)").
 */
const SPOKEN: Required<Pick<NegativeContext, 'before' | 'after'>> = {
  before: new RegExp(
    String.raw`\b(?:${LEVEL}|speak|speaks|speaking|command of|fluent in|dominio del?|manejo del?|dominio do|conhecimento de|maitrise de l)\b[^.;\n]{0,30}$`,
    'i',
  ),
  after: new RegExp(
    String.raw`^(?:\s*(?:,|/|and|y|or|o|e|et|und|oder|en|als|of)\s*\p{L}+){0,3}\s*[:(\-–,]?\s*\(?\s*(?:${LEVEL}|required|requerido)\b|^-\s*(?:und|oder)\s+\p{L}*-?kenntnisse\b`,
    'iu',
  ),
};

/**
 * An institution named after a language's people: "Communauté française", "República Portuguesa",
 * "Real Academia Española". Its adjective is no language requirement.
 */
const INSTITUTION_BEFORE =
  /\b(?:communaut[eé]|r[eé]publique|rep[uú]blica|repubblica|f[eé]d[eé]ration|academia|acad[eé]mie|embajada|ambassade|cuisine|cocina|cucina)\s+$/i;

/**
 * Skills whose names also label a group of others in a skills list or a heading: "Databases:
 * MySQL, PostgreSQL", "DATABASES", "Big Data & Analytics: Cloudera". As a label the name is the
 * list's category, not a claim; the items under it are read as usual.
 */
const LIST_LABEL_SKILLS = new Set(['Databases', 'Big Data', 'Operating Systems']);
/**
 * The start of a line, after a bullet or Markdown marks, or after the bar that opens a table's
 * first cell ("| **Databases** |").
 */
const LINE_START = /(?:^|\n)(?:[ \t]*\|)?[ \t>*#•·–-]*$/;
/** What may follow a label's name before its end: "& Analytics" at most, then marks or spaces. */
const LABEL_TAIL = String.raw`^(?:\s*&\s*[\p{L}]+)?[*_\s]*`;
/**
 * A group's name that introduces its items in brackets or after a colon, anywhere on a line:
 * "Databases (SQL, MySQL, PostgreSQL)", "relational databases (PostgreSQL, MySQL)", "Bases de
 * données : SPARQL, Elasticsearch".
 */
const INTRODUCES_ITEMS = /^[*_]*\s?(?:\(|:)\s*\p{Lu}/u;
/**
 * Not the Romance "base de datos": a Spanish or French posting's "Gestores de Base de Datos: SQL
 * Server, Oracle" asks for databases, and two tune postings were labelled so.
 */
const ROMANCE_DATABASE = /\bbases?\s+de\s/i;
const introducesItems = (text: string, m: SkillMatch, after: string): boolean =>
  INTRODUCES_ITEMS.test(after) && !ROMANCE_DATABASE.test(text.slice(m.start, m.end));
/** A label's end: a colon, a table cell's end, or the end of its line. */
const LABEL_END = new RegExp(String.raw`${LABEL_TAIL}(?::|\||\r?\n|$)`, 'u');
/** A bullet before the name ("- Databases", "• Databases"), not bold marks ("**Databases**"). */
const BULLET_START = /(?:^|\n)[ \t>]*(?:[•·–-]|\*(?!\*))[ \t]+$/;
/** A colon after the name: "- Databases: MySQL, PostgreSQL" labels what follows. */
const COLON_END = new RegExp(`${LABEL_TAIL}:`, 'u');

/** The line after the name is a bullet indented under it: the name heads a nested list. */
const NESTED_ITEM = /^[*_ \t]*\r?\n([ \t]*)[*•·–-]/;
/** The indentation of the line the name is on. */
const LINE_INDENT = /(?:^|\n)([ \t]*)[^\n]*$/;

/**
 * The name labels a group (see {@link LIST_LABEL_SKILLS}): alone on its line or before a
 * colon. A bulleted line with the name alone is an item of a list ("- Databases"), not a
 * label, unless bullets indented under it follow ("* Database Management\n  * MySQL").
 */
const isListLabel = (before: string, after: string): boolean => {
  if (!LINE_START.test(before) || !LABEL_END.test(after)) return false;
  if (COLON_END.test(after) || !BULLET_START.test(before)) return true;
  const nested = NESTED_ITEM.exec(after)?.[1]?.length ?? -1;
  return nested > (LINE_INDENT.exec(before)?.[1]?.length ?? 0);
};

/**
 * A publication's or a meeting's name: "Journal of Conflict Resolution", "Proceedings of the
 * ... Conference on Machine Learning". A field in a venue's name is no skill of the author.
 */
const VENUE_BEFORE =
  /\b(?:journal of|proceedings of|transactions on|conference on|symposium on|workshop on)(?:\s+(?:the|[\p{L}&-]+)){0,4}\s+$/iu;

/**
 * A place or an institution named after a word: "Community College of Aurora", "Bank of Spring".
 * An academic unit or a society named after its field ("Department of Biology") is where one
 * worked, not what one did (rules 1.8.442: on tune 4 wrong finds went, 3 acceptable, no core).
 */
const PLACE_OF_BEFORE =
  /\b(?:college|university|city|county|state|school|institute|bank|port|town|district|province|republic|museum|hospital|academy|church|kingdom|commonwealth|department|dept\.?|faculty|division|society|association)\s+of\s+$/i;

/**
 * Academic units and societies in French, Spanish, Portuguese, Italian and German: "Dipartimento
 * di Matematica", "Lehrstuhl für Physik" (read folded: "fur"). Not an institute: a posting names
 * its hiring institute after the field it asks for ("Institut für Mathematik" of a
 * mathematics-education post).
 */
const PLACE_DE_BEFORE =
  /\b(?:dipartimento|departamento|departement|faculte|facultad|faculdade|facolta|sociedade|sociedad|societa|societe|fachbereich|lehrstuhl)(?:\s+\p{L}+)?\s+(?:di|de|da|des|du|del|della|fur)\s+$/iu;

/** Pastimes a resume lists: "Reading, travelling, hiking, photography". */
const PASTIME =
  /\b(?:reading|travel(?:l?ing|s)?|hiking|cooking|baking|running|cycling|biking|swimming|yoga|gardening|painting|drawing|chess|gaming|video games|music|guitar|piano|singing|dancing|football|soccer|basketball|tennis|climbing|skiing|surfing|fishing|camping|movies|films|cinema|podcasts|knitting|lecture|voyages|randonn[ée]e|lesen|reisen|wandern|kochen|viajar|cocinar|leitura|viagens|lettura|viaggi)\b/gi;

/**
 * Whether the item stands in a list of pastimes: two of them before it on its line ("Reading,
 * travelling, hiking, photography"; "Baking — Cooking — Travel — Photography"). Reads the
 * bounded window only.
 */
const isPastime = (before: string): boolean => {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  if (!/[,—–|•·/]/.test(line)) return false;
  return (line.match(PASTIME)?.length ?? 0) >= 2;
};

/**
 * A recruiter's line names the roles it hired for, not its own skills: "Technical Recruiter (AI
 * & ML)", "Technical Sourcer for SWE and SRE roles", "Roles covered: full-stack, front-end",
 * "Areas covered: Computer Vision, NLP" (its list may wrap to a second line).
 */
const HIRING_LABEL_BEFORE =
  /\b(?:roles|areas|positions|profiles)\s+(?:covered|hired|recruited|sourced)\s*:[^\n]*(?:\n[^\n:]*)?$|\b(?:recruiter|sourcer|recruitment partner)\s*\([^)\n]*$/i;
const HIRING_VERB_BEFORE =
  /\b(?:recruit(?:er|ing|ed|s)?|sourc(?:er|ing|ed)|hir(?:ed|ing)|staffing)\b[^\n.;]*$/i;
const HIRED_ROLES_AFTER =
  /^[^\n.;]{0,40}?\b(?:roles|positions|hires|openings|vacancies|requisitions|candidates|engineers|developers|scientists|designers|analysts)\b/i;
/** A word each hiring pattern holds: the cheap check before them. */
const HIRING_WORD = /recruit|sourc|hir(?:ed|ing)|staffing|covered/i;
const hiredFor = (before: string, after: string): boolean =>
  HIRING_WORD.test(before) &&
  (HIRING_LABEL_BEFORE.test(before) ||
    (HIRING_VERB_BEFORE.test(before) && HIRED_ROLES_AFTER.test(after)));

/**
 * Functions a posting or resume names as the people one works with: "working closely with
 * Marketing, Sales, and Product teams", "work with Product Management and other stakeholders",
 * "interacting with software engineers, data scientists". Those are colleagues, not skills of
 * the candidate.
 */
const COLLABORATOR_FUNCTIONS = new Set([
  'Sales',
  'Digital Marketing',
  'Demand Generation',
  'Product Management',
  'Data Science',
  'Data Engineering',
  'UX Design',
  'UI Design',
  'Graphic Design',
  'Customer Success',
  'Customer Service',
  'Project Management',
  'Program Management',
  'Human Resources',
  'Business Development',
  'Operations Management',
  'Accounting',
  'Compliance',
  'Quality Assurance',
  'DevOps',
  'Frontend Development',
  'Backend Development',
  'Cybersecurity',
]);

/** Characters read on each side for a list of collaborators (still O(1) per match). */
const COLLAB_WINDOW = 120;

/** Words that introduce the people one works with. */
const WITH_WORDS = 'with|alongside|across|among|between';
/** Whether the window names one of them at all: the cheap check before {@link COLLAB_BEFORE}. */
const HAS_WITH_WORD = new RegExp(String.raw`\b(?:${WITH_WORDS})\b`, 'i');

/**
 * "with" and up to six words of a list before the name: "with product managers, ". Each word
 * ends at a space or a separator, so a long word is never split: linear in the window.
 */
const COLLAB_BEFORE = new RegExp(
  String.raw`\b(?:${WITH_WORDS})\s+(?:(?!(?:as|in|for|to|of|at|on|from|by|experience|years?)\b)[\p{L}&/'’-]+(?:\s*[,&]\s*|\s+)(?:(?:and|or)\s+)?){0,6}$`,
  'iu',
);

/**
 * The list ends in a word for a group of people (", and customer success teams") or in people
 * of a role (", account managers and product managers", ", and other engineers"). A preposition
 * ends the list: in "project management of two teams" the teams are what the work is over.
 */
const COLLAB_AFTER =
  /^(?:[\s,&/]+(?:and\s+|or\s+)?)?(?:(?!(?:of|for|to|in|on|at|by|with|within|across|from|into|over)\s)[\p{L}'’-]+,?\s+(?:and\s+|or\s+)?){0,5}(?:teams?|organi[sz]ations?|departments?|functions?|groups?|stakeholders|colleagues|partners|counterparts|leaders|members|peers|staff|units?|(?:manager|engineer|designer|scientist|analyst|developer|researcher|owner|specialist|marketer|writer|expert|lead)s)\b/iu;

/**
 * The list ends in what the work with them is for: "collaborated with sales to close deals",
 * "with Supply Chain and Sales to forecast demand". A function one works with to do something
 * is a colleague, as much as one followed by "teams".
 */
const PURPOSE_AFTER = /^\s+to\s+(?!be\b)\p{Ll}+/u;

/**
 * People named by their function after a word for them: "work with partners in Marketing,
 * Sales, and Content", "colleagues in Finance". The list needs no group word after it.
 */
const PARTNERS_IN_BEFORE =
  /\b(?:partners|colleagues|counterparts|peers)\s+in\s+(?:[\p{L}&/'’-]+(?:\s*[,&]\s*|\s+)(?:(?:and|or)\s+)?){0,6}$/iu;

/** Functions named in parentheses after a group: "other stakeholders (Backend, UX, etc.)". */
const GROUP_PARENTHESIS =
  /\b(?:teams|teammates|stakeholders|functions|departments|groups|colleagues|partners)\s*\((?:[\p{L}&/ -]{1,40},\s*){0,4}(?:(?:and|or)\s+)?$/iu;

/** The name of a person in a role: "product manager", "data scientists". */
export const ROLE_NOUN =
  /(?:manager|scientist|designer|engineer|developer|analyst|architect|owner|marketer|administrator)s?$/i;

/**
 * A team one hands work to or hears from: "escalate issues to product management and
 * engineering teams", "requests from the Sales team", "supporting the sales team". Only with a
 * word for a group after it.
 */
const TO_TEAM_BEFORE =
  /\b(?:to|from|for|by|support(?:s|ing)?|assist(?:s|ing)?)\s+(?:the\s+|our\s+|other\s+|your\s+)?$/i;

/** The first word of a match. */
const FIRST_WORD = /^\p{L}+/u;

/**
 * Whether a match names colleagues (see {@link COLLABORATOR_FUNCTIONS}); `before` is the
 * {@link COLLAB_WINDOW} characters before it.
 */
const namesCollaborators = (text: string, m: SkillMatch, before: string): boolean => {
  // A verb and its object ("manage multiple projects, coordinate stakeholders") is work done.
  if (isRuleVerb(FIRST_WORD.exec(text.slice(m.start, m.end))?.[0].toLowerCase() ?? ''))
    return false;
  // Both ways in end the same: a word for a group after the name (read only when needed).
  const groupAfter = (): boolean => COLLAB_AFTER.test(text.slice(m.end, m.end + COLLAB_WINDOW));
  if (TO_TEAM_BEFORE.test(before) && groupAfter()) return true;
  if (before.includes('(') && GROUP_PARENTHESIS.test(before)) return true;
  if (before.includes(' in ') && PARTNERS_IN_BEFORE.test(before)) return true;
  if (!HAS_WITH_WORD.test(before)) return false;
  if (!COLLAB_BEFORE.test(before)) return false;
  if (ROLE_NOUN.test(text.slice(m.start, m.end))) return true;
  return groupAfter() || PURPOSE_AFTER.test(text.slice(m.end, m.end + WINDOW));
};

const isSpoken = (skill: string): boolean =>
  SKILL_BY_NAME.get(skill)?.category === 'spoken-language';

/**
 * What an employer values, not what it asks of the candidate: "We value diversity, creativity,
 * and initiative", "We value technical excellence, proactive problem-solving", "a company that
 * values innovation and creativity". The verb and up to three words of a list before a soft
 * skill's name. Fostering or encouraging a trait stays: it is often the role's own duty
 * ("encouraging innovation and creativity within the team"); so does knowing the value of one
 * ("you understand the value of teamwork").
 */
const VALUED_BEFORE =
  /\b(?:value|values|valued)\s+(?!of\b)(?:[\p{L}-]+(?:\s*,\s*|\s+(?:and|&)\s+|\s+)){0,3}$/iu;

/**
 * A line of a page's own code (a posting kept as a JSX or JS file): "import React from 'react'",
 * "import { Box } from '@mui/material'". What it imports is the site's, not the role's.
 */
const IMPORT_BEFORE = /(?:^|\n)[ \t]*import\b[^\n]*$/;
const IMPORT_AFTER = /^[^\n]*\bfrom\s+['"]/;

/** Skills written as one capital letter, as an author's initial in a citation also is. */
const ONE_LETTER_SKILLS: ReadonlySet<string> = new Set(['R', 'C']);
/**
 * What stands before an author's initial: a surname ("Stauffer, R.", "Ronald R.") or another
 * initial ("Barreto, D. R. (2022)"), but not a language or a tool listed before one ("Python,
 * R.", "Stata, R.").
 */
const INITIAL_BEFORE =
  /(?:(?<![\p{L}])(?!(?:Python|Java|JavaScript|TypeScript|Julia|Stata|Matlab|Perl|Ruby|Scala|Rust|Excel|Tableau|Haskell|Fortran|Lua|Bash|Octave|Mathematica|Maple|Swift|Kotlin|Dart|Elixir|Erlang|Clojure|Scheme|Lisp|Prolog|Cobol|Pascal|Delphi|Go|Spss|Sas|Shiny|Visual|Objective|Assembly|Linux|Unix|Windows)\b)\p{Lu}[\p{Ll}'’-]+,?|(?<![\p{L}])\p{Lu}\.)[ \t\n]$/u;
/** The initial's full stop, not a sentence's: "R. (2022)", "C., Cohen-Gilbert". */
const INITIAL_AFTER = /^\.(?![\p{L}\p{N}])/u;
/**
 * A genus written by its initial before the species' name: "C. commersonii", "R. norvegicus"
 * (a sentence after a full stop starts with a capital).
 */
const SPECIES_AFTER = /^\.[ \t]+\p{Ll}{3,}/u;
/**
 * An author's initial written without its full stop, in a list of authors: "Huveneers C,
 * Papastamatiou YP", "Mille C & Jourdan H" (a surname, one space, the letter, then a comma or
 * "&"). Names that a language's letter follows are left out ("Embedded C, Python").
 */
const BARE_INITIAL_BEFORE =
  /(?<![\p{L}])(?!(?:Embedded|Visual|Objective|Turbo|Ansi|ANSI|Modern|Standard|Microsoft|Mbed|Base|GNU|Gnu|Programming|Language|Languages|Learning|Using|With|And|Or|In)\b)\p{Lu}\p{Ll}{2,}[ \t]$/u;
const BARE_INITIAL_AFTER = /^(?:,[ \t]*\p{Lu}\p{Ll}+[ \t]+\p{Lu}{1,3}\b|[ \t]*&[ \t]*\p{Lu})/u;

/**
 * Whether a one-letter name (R, C) is a person's initial or a genus's, given the windows of
 * text around it: "Chen, R. (2022)", "Huveneers C, Papastamatiou YP", "C. commersonii".
 */
const isInitial = (before: string, after: string): boolean =>
  (INITIAL_AFTER.test(after) && INITIAL_BEFORE.test(before)) ||
  SPECIES_AFTER.test(after) ||
  (BARE_INITIAL_AFTER.test(after) && BARE_INITIAL_BEFORE.test(before));

/** Verdicts remembered: the last few distinct windows, looked at in turn. */
const RECENT = 8;

/**
 * One verdict remembered: the skill, the text it read (from {@link COLLAB_WINDOW} before the
 * match to {@link WINDOW} after it), where the match sits in that text, and whether it stayed.
 */
interface Verdict {
  skill: string;
  read: string;
  /** Offset of the match in `read`: the windows start at the same place only when it is equal. */
  at: number;
  length: number;
  kept: boolean;
}

/**
 * Drops matches whose surroundings show the word is not the skill (see
 * {@link NEGATIVE_CONTEXTS}). Each check reads a bounded window: linear in the matches. A
 * verdict depends only on the skill and the text it reads around the match (for a colleague's
 * function, more of it), so a match that reads the same text as one of the last few (a line
 * repeated down a page) takes that verdict without reading the rules again; the one that
 * answered last is asked first.
 */
export const dropNegativeContexts = (
  text: string,
  matches: readonly SkillMatch[],
): SkillMatch[] => {
  const recent: Verdict[] = [];
  let next = 0;
  let last = 0;
  const remembered = (m: SkillMatch, read: string, at: number): Verdict | undefined => {
    if (readsSame(recent[last], m, read, at)) return recent[last];
    for (let k = 0; k < recent.length; k++)
      if (k !== last && readsSame(recent[k], m, read, at)) {
        last = k;
        return recent[k];
      }
    return undefined;
  };
  return matches.filter((m) => {
    if (COLLABORATOR_FUNCTIONS.has(m.skill)) return keeps(text, m);
    // Equal text from an equal offset means equal windows: a window cut short by the start of
    // the text has a smaller offset.
    const from = Math.max(0, m.start - COLLAB_WINDOW);
    const read = text.slice(from, m.end + WINDOW);
    const known = remembered(m, read, m.start - from);
    if (known !== undefined) return known.kept;
    const kept = keeps(text, m);
    last = next;
    recent[next] = { skill: m.skill, read, at: m.start - from, length: m.end - m.start, kept };
    next = (next + 1) % RECENT;
    return kept;
  });
};

/** Whether a remembered verdict was given for this skill on the same text, at the same offset. */
const readsSame = (v: Verdict | undefined, m: SkillMatch, read: string, at: number): boolean =>
  v !== undefined &&
  v.skill === m.skill &&
  v.at === at &&
  v.length === m.end - m.start &&
  v.read === read;

/** Whether a match stays, given the text around it. */
const keeps = (text: string, m: SkillMatch): boolean => {
  const after = text.slice(m.end, m.end + WINDOW);
  // A match at the very start reads as after a line break.
  const before =
    m.start < WINDOW ? `\n${text.slice(0, m.start)}` : text.slice(m.start - WINDOW, m.start);
  const spoken = isSpoken(m.skill);
  const rule = NEGATIVE_CONTEXTS[m.skill];
  if (COMPANY_SUFFIX.test(after)) return false;
  // A venue's name joins its words with "of" or "on": that cheap check comes first.
  if (/ o[fn] /i.test(before) && (VENUE_BEFORE.test(before) || PLACE_OF_BEFORE.test(before)))
    return false;
  if (/ (?:d[eiau]\w*|fur) $/i.test(before) && PLACE_DE_BEFORE.test(before)) return false;
  // A list of pastimes or of roles hired for may start further back on the line.
  const longBefore = text.slice(Math.max(0, m.start - COLLAB_WINDOW), m.start);
  if (isPastime(longBefore) || hiredFor(longBefore, after)) return false;
  if (COLLABORATOR_FUNCTIONS.has(m.skill) && namesCollaborators(text, m, longBefore)) return false;
  if (
    LIST_LABEL_SKILLS.has(m.skill) &&
    (isListLabel(before, after) || introducesItems(text, m, after))
  )
    return false;
  if (isSoftSkill(m.skill) && VALUED_BEFORE.test(before)) return false;
  if (spoken) {
    // "Englischkenntnisse" says by itself that it is a language requirement.
    if (/kenntnisse$/i.test(text.slice(m.start, m.end))) return true;
    if (INSTITUTION_BEFORE.test(before)) return false;
    return SPOKEN.before.test(before) || SPOKEN.after.test(after);
  }
  if (IMPORT_AFTER.test(after) && IMPORT_BEFORE.test(before)) return false;
  if (ONE_LETTER_SKILLS.has(m.skill) && isInitial(before, after)) return false;
  if (rule === undefined) return true;
  if (rule.matched !== undefined && !rule.matched.test(text.slice(m.start, m.end))) return true;
  if (rule.keepWith !== undefined)
    return (
      (rule.keepWith.before?.test(before) ?? false) || (rule.keepWith.after?.test(after) ?? false)
    );
  const hitBefore = rule.before?.test(before) ?? false;
  const hitAfter = (rule.after?.test(after) ?? false) || (rule.afterWithCase?.test(after) ?? false);
  return rule.both === true ? !(hitBefore && hitAfter) : !(hitBefore || hitAfter);
};
