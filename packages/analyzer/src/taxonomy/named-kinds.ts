import { isConceptName } from './concept-name.ts';
import type { SkillCategory } from './skill-category.ts';

/**
 * Skills a report asks about and practises by what they are, whatever category the taxonomy
 * files them under: each kind is a list of canonical names (a name is in one list at most).
 */
export type NamedKind =
  | 'app'
  | 'craft'
  | 'discipline'
  | 'credential'
  | 'creative'
  | 'regulation'
  | 'sector'
  | 'procedure'
  | 'network';

/** The names of each kind. */
export const NAMED_KINDS: Readonly<Record<NamedKind, readonly string[]>> = {
  /**
   * Everyday applications of office and team work: chat, documents, slides, boards, project
   * plans, calendars, time tracking, help desks, desktop systems, surveys, product analytics, and
   * the business systems of accounting, expenses, payroll, sales, HR and recruiting, customer
   * relations, enterprise resources and IT service (Salesforce, SAP, ServiceNow), signatures,
   * market data and social media (design, marketing and web products are applications by their
   * names' shape; see {@link kindOfSkill}). Filed among delivery tools, cloud services or
   * business practices in the taxonomy, they are asked about and practised as applications a
   * team uses, not as parts of a deploy pipeline or a production system ("How does Slack fit
   * into your build, deploy and operate workflow?", "Use a free tier or a local emulator to
   * deploy the smallest working example with Salesforce") nor as a method ("What does good
   * QuickBooks look like?").
   */
  app: [
    'Slack',
    'Microsoft Teams',
    'Zoom',
    'Loom',
    'Trello',
    'Asana',
    'Basecamp',
    'ClickUp',
    'Monday.com',
    'Notion',
    'Confluence',
    'Miro',
    'Airtable',
    'Dropbox',
    'SharePoint',
    'Google Workspace',
    'Google Docs',
    'Google Sheets',
    'Microsoft 365',
    'Microsoft Office',
    'Microsoft Word',
    'Microsoft Outlook',
    'Calendly',
    'Zendesk',
    'Windows',
    'macOS',
    'QuickBooks',
    'Xero',
    'Sage',
    'NetSuite',
    'FreshBooks',
    'Bill.com',
    'Expensify',
    'HubSpot',
    'Pipedrive',
    'Odoo',
    'Dynamics 365',
    'BambooHR',
    'Smartsheet',
    'DocuSign',
    'Freshdesk',
    'Intercom',
    'Sprout Social',
    'Hootsuite',
    'Canva',
    'Adobe Acrobat',
    'PowerPoint',
    'Microsoft Visio',
    'Microsoft Project',
    'Microsoft Access',
    'Zoho',
    'Wrike',
    'Toggl',
    'Clockify',
    'Help Scout',
    'Gorgias',
    'Rippling',
    'Paychex',
    'Taleo',
    'iCIMS',
    'SAP SuccessFactors',
    'Marketo',
    'Bloomberg Terminal',
    'Refinitiv Eikon',
    'Mixpanel',
    'Amplitude',
    'Heap Analytics',
    'Qualtrics',
    'Typeform',
    'Google Forms',
    'Jotform',
    'Salesforce',
    'SAP',
    'ServiceNow',
    'Google Sites',
    'Chrome OS',
  ],
  /**
   * Broad fields of building and running software: web, backend, frontend and mobile
   * development (iOS, Android), databases, system administration, scripting. Filed as practices or tools, they
   * were practised as a method ("Apply Databases to a small case", "Write a one-page checklist
   * you would follow to do Web Development well"); a field is learnt by doing work in it.
   */
  craft: [
    'Web Development',
    'Frontend Development',
    'Backend Development',
    'Full Stack Development',
    'Mobile Development',
    'iOS',
    'Android',
    'Game Development',
    'Databases',
    'Database Administration',
    'Data Engineering',
    'System Administration',
    'Site Reliability Engineering',
    'Platform Engineering',
    'Scripting',
  ],
  /**
   * Academic disciplines a posting asks a candidate to know: mathematics, physics, biology,
   * medicine, economics and their branches, and the core subjects of computer science
   * (algorithms, data structures, networking). Filed as domains or data skills, they were
   * practised as a method or a data tool ("Apply Biology to a small case you make up", "Write a
   * one-page checklist you would follow to do Physics well", "Apply Mathematics to a small
   * public data set"); a discipline is revised from a textbook and practised on its typical
   * problems.
   */
  discipline: [
    'Mathematics',
    'Algorithms',
    'Data Structures',
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
    'Medicine',
    'Psychiatry',
    'Economics',
    'Labor Economics',
    'Actuarial Science',
    'Library Science',
    'Networking',
    'Network Design',
  ],
  /**
   * Certifications, licences and admissions a posting asks a candidate to hold: CPA, PMP, CISSP,
   * a medical licence, admission to the bar. Filed as practices, they were asked about and
   * practised as a method ("Tell me about a recent piece of work that relied on CPA", "Sketch how
   * CPA would look in a team like the one in this posting"); a credential is held or worked
   * towards, and its knowledge kept current.
   */
  credential: [
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
  ],
  /**
   * Crafts that produce a piece of work from a brief: graphic, print and web design, illustration,
   * typography, photography, video and audio editing, writing and editing. Filed as practices,
   * they were asked about and practised as a method ("How do you help a team adopt Graphic
   * Design effectively?", "Write a one-page checklist you would follow to do Editing well"); a
   * craft is shown by a piece of work, its process from brief to final version and how its
   * maker takes feedback.
   */
  creative: [
    'Graphic Design',
    'Print Design',
    'Web Design',
    'Iconography',
    'Illustration',
    'Infographics',
    'Typography',
    'Motion Design',
    '3D Modeling',
    'Photography',
    'Video Editing',
    'Audio Editing',
    'Podcasting',
    'Copywriting',
    'Editing',
    'Technical Writing',
    'Scientific Writing',
    'Creative Writing',
    'Grant Writing',
  ],
  /**
   * Laws, regulations and the standards an organisation is audited against: privacy and
   * data-protection laws (GDPR, HIPAA), security and quality frameworks (SOC 2, ISO 27001, PCI
   * DSS, FedRAMP, ISO 9001), anti-money-laundering rules and fields of law. Filed among security
   * practices or domains, they were asked about as a defence against attackers ("HIPAA
   * addresses specific threats, and I treat it as one layer of defence in depth") or practised
   * as a method ("Apply HIPAA to a small case you make up"); a rulebook sets obligations that
   * work is kept within, shown by the evidence an audit or a review asks for.
   */
  regulation: [
    'GDPR',
    'HIPAA',
    'PCI DSS',
    'HITRUST',
    'SOC 2',
    'ISO 27001',
    'ISO 9001',
    'NIST',
    'FISMA',
    'FedRAMP',
    'Anti-Money Laundering',
    'Employment Law',
    'Corporate Law',
    'Commercial Law',
    'Trademark Law',
    'Maritime Law',
    'Immigration Law',
  ],
  /**
   * Sectors and markets a posting names as the field it works in: healthcare, government,
   * banking, retail, e-commerce, telecommunications. Filed as domains or business practices,
   * they were practised as a method ("Write a one-page checklist you would follow to do
   * Healthcare well", "Apply Retail to a small case"); a sector is learnt by its players, its
   * rules, its vocabulary and where it is heading.
   */
  sector: [
    'Healthcare',
    'Government',
    'Manufacturing',
    'Telecommunications',
    'Automotive',
    'Retail',
    'Media and Entertainment',
    'Energy',
    'AdTech',
    'Gaming Industry',
    'Travel Industry',
    'Fintech',
    'Banking',
    'Insurance Industry',
    'E-commerce',
    'B2B',
    'B2C',
    'Real Estate',
  ],
  /**
   * Hands-on clinical and laboratory procedures: drawing blood, examining a patient, an
   * ultrasound scan, PCR, cell culture, a western blot, microscopy. Filed as domains, they were
   * practised as a team method ("Sketch how Colposcopy would look in a team like the one in
   * this posting: who does what, and when"); a procedure follows a protocol step by step,
   * safely, and is recorded.
   */
  procedure: [
    'Venipuncture',
    'Colposcopy',
    'Ultrasound',
    'Physical Examination',
    'First Aid',
    'Medical Imaging',
    'PCR',
    'Pipetting',
    'Cell Culture',
    'Flow Cytometry',
    'Western Blot',
    'ELISA',
    'DNA Extraction',
    'Library Preparation',
    'Specimen Preparation',
    'Microscopy',
    'Chromatography',
    'Mass Spectrometry',
    'NMR',
  ],
  /**
   * Networks: their equipment, protocols and services (routers and switches by vendor, routing
   * protocols, VLANs, VPNs, Wi-Fi, voice). Filed among delivery tools, they were asked about as
   * part of a deploy pipeline ("How does Meraki fit into your build, deploy and operate
   * workflow?", "Commit the project with its configuration") or, as Networking, practised as a
   * team method ("Write a one-page checklist you would follow to do Networking well"); a network
   * is set up in a lab, troubleshot layer by layer and changed with a rollback plan.
   */
  network: [
    'Routing Protocols',
    'VLANs',
    'DHCP',
    'VoIP',
    'SD-WAN',
    'OpenVPN',
    'WireGuard',
    'IPsec',
    'SNMP',
    'NetFlow',
    'OSPF',
    'EIGRP',
    'MPLS',
    'Quality of Service',
    'Cisco',
    'Juniper',
    'Meraki',
    'Aruba',
    'MikroTik',
    'Ubiquiti',
    'Palo Alto Networks',
    'iptables',
  ],
};

/** Each listed name -> its kind (built once). */
const KIND_BY_NAME: ReadonlyMap<string, NamedKind> = new Map(
  (Object.entries(NAMED_KINDS) as [NamedKind, readonly string[]][]).flatMap(([kind, names]) =>
    names.map((name): [string, NamedKind] => [name, kind]),
  ),
);

/** A vendor's name first: "Adobe Photoshop", "Google Slides", "Affinity Designer". */
const VENDOR_FIRST =
  /^(?:Adobe|Google|Microsoft|Apple|Amazon|Autodesk|Affinity|Salesforce|LinkedIn|Meta|DaVinci)\s/;

/**
 * Whether a name is a product's rather than an idea's: one word with a lower-case letter
 * ("Sketch", "AutoCAD", "SurveyMonkey"; not "SVG"), or a vendor's name first ("Adobe
 * Photoshop"), and not a name ending like an idea ("Branding", see `concept-name.ts`).
 */
export const isProductName = (name: string): boolean =>
  !isConceptName(name) &&
  ((/^[A-Za-z][A-Za-z0-9.+#-]*$/.test(name) && /[a-z]/.test(name)) || VENDOR_FIRST.test(name));

/**
 * The kind a skill is asked about and practised as: the one it is listed under, else an
 * application for a product among design, marketing and web products (Sketch, Adobe
 * Photoshop, SurveyMonkey, Webflow). Filed as product-design, those were practised as a
 * delivery tool ("Commit the project with its configuration", "Where does Sketch fit in a
 * delivery workflow") or, with a vendor's name first, as a method ("Apply Adobe Photoshop to a
 * small case you make up").
 */
export const kindOfSkill = (name: string, category: SkillCategory): NamedKind | undefined =>
  KIND_BY_NAME.get(name) ??
  (category === 'product-design' && isProductName(name) ? 'app' : undefined);

/** Whether a skill is an everyday application of office and team work (see {@link NAMED_KINDS}). */
export const isWorkplaceApp = (name: string): boolean => KIND_BY_NAME.get(name) === 'app';
