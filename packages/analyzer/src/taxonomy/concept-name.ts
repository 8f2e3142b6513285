/**
 * Names of ideas rather than products: "Performance Optimization", "Unit Testing", "Design
 * Systems", "Troubleshooting", "Code Review", "KPIs". A step or a question written for a tool,
 * a framework or a cloud service ("set up a project with X", "how does X fit into your deploy
 * workflow") reads badly for them.
 */
const CONCEPT_WORD =
  /(?:ing|tion|sion|ment|ance|ence|ity|ogy|ics|ness|ship|ure|ysis|Systems|Design|Patterns|Principles|Structures|Algorithms|Review|Control)$/;
/** A one-word idea ("Troubleshooting", "Observability"); "Azure" or "Terraform" are products. */
const CONCEPT_SINGLE = /(?:ing|tion|ment|ity|ogy|ness|phy|ency)$/;
/** Ideas the endings miss ("-ance" ends Confluence too): a way of working, not a product. */
const CONCEPT_NAMES: ReadonlySet<string> = new Set([
  'Open Source',
  'Databases',
  'Compliance',
  'FedRAMP',
  'Go-to-Market',
]);

/**
 * Products whose names end like ideas: a framework ("Spring", "Unity", "Spring Security", "Ant
 * Design"), a container runtime ("Singularity"), an application ("Notion"), a vendor's service
 * ("Azure Machine Learning", "Firebase Hosting", "Jira Service Management"). Read as ideas, they
 * were asked "What experience do you have with Unity, and what are its key concepts?" and
 * practised with "Apply Unity to a small case you make up".
 */
const PRODUCT_NAMES: ReadonlySet<string> = new Set([
  'Spring',
  'Spring Security',
  'Unity',
  'Ant Design',
  'Singularity',
  'Notion',
  'Azure Machine Learning',
  'Firebase Hosting',
  'Jira Service Management',
]);

/** Whether a skill's canonical name names an idea rather than a product. */
export const isConceptName = (name: string): boolean => {
  if (PRODUCT_NAMES.has(name)) return false;
  // An acronym's plural names measures or documents, not a product: "KPIs", "OKRs", "SOPs".
  if (CONCEPT_NAMES.has(name) || /^[A-Z]{2,}s$/.test(name)) return true;
  const words = name.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const plain = words.every((w) => /^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*$/.test(w));
  return plain && (words.length > 1 ? CONCEPT_WORD.test(last) : CONCEPT_SINGLE.test(last));
};
