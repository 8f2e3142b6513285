/**
 * More skills written as a verb and its object (see `verb-objects.ts`), one rule a line:
 * `Skill|verb forms|object words`, words lower case, accents folded, space-separated. In
 * English, German, French, Spanish, Dutch, Portuguese and Italian: 127 rules written from the
 * languages for the practices postings ask most, each with its example, none read from an
 * evaluation document. Each was measured on the tune split and kept only where it found the
 * labelled skill at least as often as an unlabelled one (rules 1.8.324; dropped: "improve" or
 * "optimize" processes, "maintain records", "conduct interviews", "make decisions", "manage
 * operations", ...). The last ones (rules 1.8.329) were written for phrasings of resumes that
 * arrived that day ("managed budget", "executed campaigns", "wrote surveys"), each checked the
 * same way; "grade" (a school year), "launch" (a ballot's campaign) and English volunteers were
 * dropped. Rules 1.8.392 to 1.8.395 added a few verbs ("administrar proyectos", "conducted
 * classes", "guided students") and a past-tense Interviewing rule: a resume's "interviewed
 * applicants", never a posting's "we interview candidates".
 */
export const PHRASED_VERB_OBJECTS: readonly string[] = [
  // en: work with stakeholders to define GIS business requirements; gather and shape requirements
  'Requirements Gathering|gather gathers gathering gathered elicit elicits eliciting elicited define defines defining shape shapes shaping capture captures capturing captured|requirements',
  // en: present at workshops and conferences
  'Presentation Skills|present presents presenting|conferences workshops meetups webinars',
  // en: design and implement RESTful API endpoints
  'API Design|design designs designing|api apis endpoints',
  // en: developing curriculum for introductory courses
  'Teaching|develop develops developing developed create creates creating revise revising|curriculum curricula curriculums syllabi syllabus',
  // en: managing a classroom of 25 students
  'Classroom Management|manage manages managing managed maintain maintains maintaining|classroom classrooms',
  // en: working with youth in after-school programs
  'Youth Development|work works working worked serve serves serving served engage engages engaging|youth teens teenagers',
  // en: design database schemas for new services
  'Data Modeling|design designs designing designed|schema schemas',
  // en: documenting processes and procedures
  'Documentation|documenting|processes procedures workflows decisions findings changes',
  // en: document processes and train staff
  'Documentation|document|processes procedures',
  // en: supervise undergraduate students in the lab; guided students through C programming
  'Mentoring|supervise supervises supervising supervised advise advises advising advised guide guides guiding guided|students theses dissertations postdocs trainees undergraduates',
  // en: diagnose equipment faults
  'Troubleshooting|diagnose diagnoses diagnosing diagnosed|faults malfunctions failures',
  // en: migrate legacy data to the new platform
  'Data Migration|migrate migrates migrating migrated|data datasets databases database records',
  // en: wrangle messy data from multiple sources
  'Data Cleaning|wrangle wrangles wrangling wrangled preprocess preprocesses preprocessing|data datasets dataset',
  // en: assess risks across the portfolio
  'Risk Management|assess assesses assessing assessed evaluate evaluates evaluating evaluated|risks',
  // en: evaluate and onboard new vendors
  'Vendor Management|evaluate evaluates evaluating select selects selecting onboard onboarding|vendors suppliers',
  // en: purchase lab supplies and equipment
  'Procurement|purchase purchases purchasing purchased procure procures procuring procured ordering ordered|supplies materials equipment',
  // en: manage vendor contracts and renewals
  'Contract Management|manage manages managing managed administer administers administering administered oversee oversees overseeing oversaw|contracts',
  // en: negotiated service agreements with partners
  'Contract Negotiation|negotiate negotiates negotiating negotiated|contracts agreements leases',
  // en: raise funds from private donors
  'Fundraising|raise raises raising raised|funds donations money',
  // en: cultivate and steward major donors
  'Fundraising|cultivate cultivates cultivating steward stewards stewarding solicit solicits soliciting|donors donations gifts',
  // en: write user manuals and tutorials
  'Technical Writing|write writes writing wrote author authored authoring|manuals tutorials whitepapers guides handbooks',
  // es: redactar tutoriales para los clientes
  'Technical Writing|redactar redacte escribir|tutoriales manuales guias',
  // en: publish in peer-reviewed journals
  'Scientific Writing|publish publishing published|peer',
  // en: Reviewer, Journal of Biomedical Optics; referee for journals
  'Peer Review|reviewer reviewers referee referees|journal journals proceedings revista revistas revue revues rivista',
  // en: edit and proofread manuscripts
  'Editing|edit edits editing edited proofread proofreads proofreading|manuscripts articles drafts texts',
  // en: analyze competitors and market trends
  'Competitive Analysis|analyze analyse analyzes analyses analyzing analysing analyzed analysed research researching benchmark benchmarking benchmarked|competitors competitor competition',
  // en: interview users to understand their needs
  'User Research|interview interviewing interviewed observe observing|users customers',
  // en: prepare monthly financials
  'Financial Reporting|prepare prepares preparing|financials',
  // en: close the books each month
  'Financial Reporting|close closes closing|books',
  // en: speak at industry conferences
  'Public Speaking|speak speaks speaking spoke|conferences conference meetups summits',
  // en: instruct students in laboratory techniques
  'Teaching|instruct instructs instructing instructed tutoring tutored|students learners pupils',
  // en: deliver engaging lessons to diverse learners; conducted classes for adults
  'Teaching|deliver delivers delivering delivered conduct conducts conducting conducted|lessons courses classes instruction',
  // en: plan lessons aligned with state standards
  'Lesson Planning|plan plans planning planned prepare prepares preparing prepared|lessons lesson',
  // en: assess student progress and provide feedback
  'Student Assessment|assess assesses assessing evaluate evaluates evaluating grading graded marking|students student assignments exams homework essays',
  // en: educate patients and families on self-care
  'Patient Education|educate educates educating educated instruct instructs instructing|patients caregivers',
  // en: monitor patients after surgery
  'Patient Care|monitor monitors monitoring monitored assist assists assisting see sees seeing triage triaging|patients',
  // en: enroll participants in clinical studies
  'Participant Recruitment|enroll enrolls enrolling enrolled enrol enrolment screen screens screening screened recruiting recruits recruited|participants subjects',
  // en: develop questionnaires for the baseline study; wrote and distributed surveys
  'Survey Design|develop develops developing developed create creates creating build building write writes writing wrote draft drafts drafting drafted design designs designing designed|surveys questionnaires questionnaire',
  // en: administer production databases
  'Database Administration|administer administers administering administered|databases database',
  // en: configure routers and switches
  'Networking|configure configures configuring configured|routers router switches networks network',
  // en: deploy machine learning models to production
  'Model Deployment|deploy deploys deploying deployed productionize productionizing productionise productionising|models model',
  // en: train models on large datasets
  'Machine Learning|train trains trained|model models classifiers',
  // en: training models on labelled data
  'Machine Learning|training|models classifiers',
  // en: deploy applications to the cloud
  'Cloud Computing|deploy deploys deploying deployed|cloud',
  // en: assist customers with orders and returns
  'Customer Service|assist assists assisting assisted greet greets greeting greeted|customers guests callers visitors',
  // en: schedule meetings and appointments for executives
  'Calendar Management|schedule schedules scheduling|meetings appointments',
  // en: prepare agendas and record minutes
  'Meeting Management|record recording draft drafting prepare preparing write writing distribute distributing|minutes agendas',
  // en: resolve support tickets within SLA
  'Ticketing Systems|resolve resolves resolving resolved handle handles handling triage triaging close closing|tickets',
  // en: advise clients on digital transformation
  'Consulting|advise advises advising advised|clients organizations organisations companies businesses',
  // en: collaborate with other departments
  'Cross-Functional Collaboration|partnering partnered collaborate collaborates collaborating collaborated|departments designers functions',
  // sv: vill arbeta nära utvecklare och produktägare
  'Cross-Functional Collaboration|arbeta samarbeta samarbete|utvecklare designers produktagare',
  // en: collaborated with data scientists and analysts; collaborate with marketers, designers
  'Cross-Functional Collaboration|collaborate collaborates collaborating collaborated partner partnering partnered|marketers scientists researchers clinicians',
  // en: facilitate sprint retrospectives; facilitates project planning and meetings
  'Facilitation|facilitate facilitates facilitating facilitated|retrospectives retros standups ceremonies discussions sessions planning meetings workshops',
  // en: administer federal grants
  'Grant Management|administer administers administering administered oversee oversees overseeing|grants subawards subgrants',
  // en: apply for external grants
  'Grant Writing|apply applies applying applied|grants fellowships',
  // en: calibrate and repair lab instruments
  'Equipment Maintenance|calibrate calibrates calibrating repair repairing repaired|equipment instruments machinery machines',
  // en: digitize archival collections
  'Digitization|digitize digitizes digitized digitise digitises digitised|collections records documents specimens archives photographs',
  // en: arrange and describe collections
  'Archival Processing|arrange arranges arranging arranged describe describes describing described|collections fonds accessions',
  // en: groom and prioritize the product backlog
  'Backlog Management|groom grooms grooming groomed refine refines refining maintain maintains maintaining own owns owning prioritize prioritizes prioritise prioritises|backlog',
  // en: drive the product roadmap
  'Roadmapping|build builds building drive drives driving maintain maintains maintaining create creates creating contribute contributes contributing|roadmap roadmaps',
  // en: define and track success metrics
  'KPIs|track tracks tracking tracked define defines defining|metrics kpi kpis',
  // en: design flyers and social graphics
  'Graphic Design|design designs designing designed create creates creating created|graphics logos flyers brochures banners',
  // en: comply with regulations
  'Compliance|comply complies complying adhere adheres adhering|regulations legislation',
  // en: post journal entries
  'Accounting|post posts posting posted|journal ledger',
  // en: interviewed applicants; conducted technical interviews
  'Interviewing|interviewed|candidates applicants',
  'Interviewing|conducted|interviews',
  // de: Du führst Vorstellungsgespräche mit Bewerbenden
  'Interviewing|fuhren fuhrst fuhrt fuhrung durchfuhrung durchfuhren durchfuhrst|vorstellungsgesprache vorstellungsgesprachen bewerbungsgesprache bewerbungsgesprachen auswahlgesprache auswahlgesprachen interviews',
  // de: Optimierung von Prozessen und Abläufen
  'Process Improvement|optimierung verbesserung weiterentwicklung optimieren optimierst verbessern verbesserst|prozesse prozessen ablaufe ablaufen arbeitsablaufe arbeitsablaufen geschaftsprozesse geschaftsprozessen workflows',
  // de: Dokumentation von Prozessen und Ergebnissen
  'Documentation|dokumentation dokumentieren dokumentierst|prozesse prozessen ablaufe ablaufen arbeitsablaufen ergebnisse ergebnissen anderungen',
  // de: Unterstützung der Anwender bei technischen Fragen
  'Technical Support|unterstutzung betreuung unterstutzen betreuen betreust|anwender anwendern anwenderinnen benutzer benutzern benutzerinnen endanwender endanwendern endbenutzer endbenutzern',
  // de: Analyse und Behebung von Störungen
  'Troubleshooting|behebung beseitigung beheben behebst eingrenzung|storungen storung fehlern storfallen storfalle problemen',
  // de: Überwachung der Systeme und Server
  'Monitoring|uberwachung uberwachen uberwachst monitoring|systeme systemen server servern infrastruktur dienste diensten anwendungen',
  // de: Leitung und Steuerung von Projekten; Planung, Koordinierung und Durchführung von Projekten
  'Project Management|leitung steuerung koordination koordinierung planung durchfuhrung leiten leitest steuerst koordinierst|projekte projekten projekts projektes teilprojekte teilprojekten projektarbeiten',
  // de: Sie leiten ein Team von acht Mitarbeitenden
  'Team Management|leiten leitest leitet|team teams abteilung',
  // de: Gewinnung von Fachkräften
  'Recruiting|rekrutierung gewinnung rekrutieren rekrutierst auswahl|mitarbeitenden mitarbeitern mitarbeiterinnen fachkraften talenten bewerbenden bewerbern bewerberinnen kandidaten kandidatinnen nachwuchskraften',
  // de: Aufnahme und Analyse von Anforderungen
  'Requirements Gathering|aufnahme erhebung analyse aufnehmen erheben ermittlung klarung|anforderungen',
  // de: Identifikation und Bewertung von Risiken
  'Risk Management|bewertung identifikation identifizierung steuerung minimierung bewerten identifizieren|risiken',
  // de: Steuerung externer Dienstleister
  'Vendor Management|steuerung betreuung koordination auswahl|dienstleistern dienstleister lieferanten',
  // de: Begleitung von Veränderungsprozessen
  'Change Management|begleitung gestaltung steuerung begleiten begleitest|veranderungsprozessen veranderungsprozesse changeprozessen changeprozesse transformationsprozessen transformationsprozesse veranderungen',
  // de: Präsentation von Ergebnissen vor dem Management
  'Presentation Skills|prasentation prasentieren prasentierst|ergebnissen ergebnisse analyseergebnissen forschungsergebnissen',
  // de: Identifikation und Behebung von Schwachstellen
  'Vulnerability Management|behebung identifikation identifizierung bewertung analyse schließung schliessung|schwachstellen',
  // de: Du organisierst Veranstaltungen und Tagungen
  'Event Planning|organisieren organisierst koordination konzeption betreuung|veranstaltungen veranstaltung events tagungen konferenzen',
  // de: Kontierung und Verbuchung von Belegen
  'Accounting|verbuchung kontierung buchung verbuchen kontieren buchen buchst|belegen belege geschaftsvorfallen geschaftsvorfalle eingangsrechnungen ausgangsrechnungen',
  // de: Unterrichten von Schülern der Sekundarstufe
  'Teaching|unterrichten unterrichtest unterrichtet|schuler schulern schulerinnen klassen kurse kursen',
  // de: Moderation von Workshops
  'Facilitation|moderation moderieren moderierst|workshops workshop meetings besprechungen diskussionen retrospektiven',
  // de: enge Zusammenarbeit mit den Fachabteilungen
  'Cross-Functional Collaboration|zusammenarbeit|abteilungen fachabteilungen fachbereichen fachbereiche schnittstellen',
  // de: Sicherstellung der Einhaltung gesetzlicher Vorgaben
  'Compliance|einhaltung sicherstellung|vorschriften richtlinien regularien vorgaben gesetzesvorgaben',
  // fr: organisation des événements et des salons
  'Event Planning|organisation coordination coordonner coordonnez planification|evenements evenement seminaires salons manifestations congres conferences',
  // fr: optimiser les processus internes
  'Process Improvement|ameliorer ameliorez amelioration optimiser optimisez optimisation fluidifier|processus procedures',
  // fr: documenter les processus et procédures
  'Documentation|documenter documentez documentation|processus procedures',
  // fr: assister les utilisateurs au quotidien
  'Technical Support|assister assistez assistance depanner depannez depannage support|utilisateurs utilisateur',
  // fr: piloter des projets de transformation
  'Project Management|piloter pilotez pilotage conduire conduite coordonner coordonnez coordination gerer gerez mener menez|projets projet',
  // fr: suivi du budget et des dépenses
  'Budgeting|gestion suivi elaboration pilotage piloter preparation preparer|budget budgets',
  // fr: évaluer les risques opérationnels
  'Risk Management|evaluer evaluez evaluation identifier identifiez identification maitriser maitrise prevenir prevention|risques',
  // fr: piloter les prestataires externes
  'Vendor Management|piloter pilotez pilotage gerer gerez suivre suivi gestion management relations|fournisseurs prestataires',
  // fr: recruter de nouveaux collaborateurs
  'Recruiting|recruter recrutez recrutement|candidats collaborateurs talents profils stagiaires alternants',
  // fr: encadrer des stagiaires et des doctorants
  'Mentoring|encadrer encadrez encadrement|stagiaires doctorants etudiants alternants apprentis',
  // fr: fédérer et motiver les équipes
  'Leadership|motiver motivez federer federez|equipes equipe collaborateurs',
  // fr: supervision des serveurs et des applications
  'Monitoring|surveiller surveillez surveillance superviser supervisez supervision|serveurs systemes infrastructures infrastructure applications',
  // fr: dispenser des cours magistraux
  'Teaching|enseigner enseignez dispenser dispensez|cours eleves etudiants',
  // fr: diagnostiquer et résoudre les pannes
  'Troubleshooting|diagnostiquer diagnostiquez resoudre resolvez resolution depanner|pannes panne dysfonctionnements dysfonctionnement',
  // fr: prendre des décisions rapides
  'Decision Making|prendre prenez|decisions',
  // fr: accompagner le changement auprès des équipes
  'Change Management|accompagner accompagnez conduire piloter|changement changements',
  // fr: traiter les réclamations clients
  'Complaint Handling|traiter traitez traitement gerer|reclamations plaintes',
  // es: realizar entrevistas por competencias
  'Interviewing|realizar realiza realizando conducir efectuar|entrevistas',
  // es: liderar proyectos de implementación
  'Project Management|gestionar gestion liderar dirigir coordinar coordinacion administrar|proyectos proyecto',
  // es: levantamiento de requerimientos con usuarios
  'Requirements Gathering|levantar levantamiento relevar relevamiento recopilar recopilacion|requerimientos requisitos',
  // es: identificar y mitigar riesgos
  'Risk Management|evaluar evaluacion identificar identificacion mitigar mitigacion|riesgos',
  // es: brindar soporte a usuarios internos
  'Technical Support|soporte asistencia|usuarios usuario',
  // es: reclutar y seleccionar candidatos
  'Recruiting|reclutar reclutamiento seleccionar seleccion|candidatos talento talentos perfiles',
  // es: tomar decisiones basadas en datos
  'Decision Making|tomar|decisiones',
  // es: elaboración y control del presupuesto
  'Budgeting|gestion elaboracion control controlar administrar administracion|presupuesto presupuestos',
  // es: impartir clases de matemáticas
  'Teaching|impartir imparte impartiendo dictar dicta|clases cursos asignaturas materias',
  'Teaching|ministrar ministra ministrei ministrou ministrando|aulas curso cursos disciplina disciplinas minicurso minicursos',
  'Teaching|tutor tutors|course courses class classes',
  'Construction Management|manage manages managed managing oversee oversees oversaw overseeing|construction',
  // es: monitorear servidores y servicios
  'Monitoring|monitorear monitorizar monitoreo monitorizacion|sistemas servidores infraestructura servicios',
  // es: visualizar datos para la toma de decisiones
  'Data Visualization|visualizar|datos',
  // es: evaluar y coordinar proveedores
  'Vendor Management|coordinar evaluar|proveedores',
  // pt: gerenciar projetos de TI
  'Project Management|gerenciar gerir gestao liderar coordenar coordenacao conduzir|projetos projeto',
  // pt: levantamento de requisitos junto ao cliente
  'Requirements Gathering|levantamento elicitar elicitacao|requisitos',
  // pt: atendimento de chamados de suporte
  'Ticketing Systems|atender atendimento tratar tratamento|chamados tickets',
  // pt: conduzir entrevistas com candidatos
  'Interviewing|conduzir|entrevistas',
  // pt: suporte aos usuários
  'Technical Support|suporte|usuarios utilizadores usuario',
  // pt: tomar decisões estratégicas
  'Decision Making|tomar|decisoes',
  // it: gestire progetti complessi
  'Project Management|gestire gestione coordinare coordinamento guidare|progetti progetto',
  // it: ottimizzazione dei processi aziendali
  'Process Improvement|migliorare miglioramento ottimizzare ottimizzazione efficientare efficientamento|processi procedure',
  // it: raccolta dei requisiti con il cliente
  'Requirements Gathering|raccogliere raccolta analisi|requisiti',
  // it: effettuare colloqui di selezione
  'Interviewing|condurre effettuare svolgere|colloqui colloquio',
  // it: assistenza agli utenti
  'Technical Support|supporto assistenza assistere|utenti utente',
  // it: prendere decisioni in autonomia
  'Decision Making|prendere|decisioni',
  // nl: het verbeteren van werkprocessen
  'Process Improvement|verbeteren verbetering optimaliseren optimalisatie optimaliseert verbetert|processen werkprocessen bedrijfsprocessen',
  // nl: het leiden van projecten
  'Project Management|leiden leidt aansturen aansturing coordineren coordinatie|projecten project',
  // nl: ervaring met werken met jongeren
  'Youth Development|werken werkt|jongeren',
  // nl: het voeren van sollicitatiegesprekken
  'Interviewing|voeren voert|sollicitatiegesprekken selectiegesprekken interviews',
  // nl: ondersteunen van eindgebruikers
  'Technical Support|ondersteunen ondersteuning|gebruikers eindgebruikers',
  // nl: organiseren van evenementen
  'Event Planning|organiseren organisatie organiseert|evenementen events congressen bijeenkomsten',
  // nl: aansturen van een team
  'Team Management|aansturen aansturing leidinggeven|team teams medewerkers',
  // fr: gestion du pool des volontaires, coordination des bénévoles du réseau
  'Volunteer Management|gestion coordination encadrement animation|benevoles volontaires',
  // en: managed the department's budget, managed vendors (a past tense at a bullet's start;
  // "managed" alone also qualifies services, so only these objects)
  'Budgeting|managed|budget budgets',
  'Vendor Management|managed|vendors suppliers',
  // en: liaise with printers and third-party suppliers; a relationship with external vendors
  'Vendor Management|liaise liaises liaising liaised relationship relationships|vendors suppliers',
  // en: executed campaigns for promotions ("launch" also names a product's or a ballot's)
  'Campaign Management|execute executes executing executed managed run runs ran running|campaigns campaign',
  // es/pt: coordinar voluntarios, gestão de voluntários
  'Volunteer Management|coordinar coordinacion coordenar coordenacao gestionar gerenciar supervisar|voluntarios voluntarias voluntariado',
  // en: evaluated student essays, assessed learners
  'Student Assessment|assessed evaluated marked|students student assignments exams essays learners',
  // en: presents and defends designs to stakeholders; present your concepts
  'Presentation Skills|present presents presented presenting defend defends|designs concepts ideas prototypes deliverables proposals recommendations',
  // pt/es/fr/it: propor melhorias nos processos
  'Process Improvement|propor propoe proponer propone proposer proporre|melhorias mejoras ameliorations miglioramenti',
  // en: designed posters and media kits for print
  'Graphic Design|design designs designing designed|posters poster brochure flyer logo infographics',
  // es/fr: impartir talleres, animer des ateliers
  'Facilitation|impartir imparte impartira facilitar facilita dinamizar dinamiza|talleres taller',
  'Facilitation|animer anime animera animation|ateliers atelier',
  // en: conducting workshops and seminars, delivered workshops for teachers
  'Facilitation|conduct conducts conducting conducted deliver delivers delivering delivered|workshops workshop',
];
