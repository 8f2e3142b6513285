import { isWorkplaceApp } from '../taxonomy/named-kinds.ts';
import type { SkillCategory } from '../taxonomy/skill-category.ts';
import { SKILL_BY_NAME } from '../taxonomy/taxonomy.ts';

/**
 * How fundamental a category is: languages first, then data stores, then what is built with
 * them (frameworks, tools, cloud services, data and ML), then practices, then people skills.
 */
const LAYER: Readonly<Record<SkillCategory, number>> = {
  language: 0,
  database: 1,
  framework: 2,
  devops: 2,
  cloud: 2,
  'data-ml': 2,
  testing: 3,
  security: 3,
  'product-design': 3,
  'business-finance': 3,
  domain: 3,
  'soft-skill': 4,
  'spoken-language': 4,
};

/**
 * An everyday application (Slack, QuickBooks) is learnt in an hour and nothing builds on it:
 * it comes last, with people skills, whatever its category.
 */
const APP_LAYER = 4;

const layerOf = (skill: string): number =>
  isWorkplaceApp(skill) ? APP_LAYER : LAYER[SKILL_BY_NAME.get(skill)?.category ?? 'domain'];

/**
 * Well-known learning paths inside one layer, fundamentals first: each skill of a chain comes
 * before the ones after it. Textbook order, not fitted to a posting.
 */
const CHAINS: readonly (readonly string[])[] = [
  ['Statistics', 'Machine Learning', 'Deep Learning', 'Neural Networks', 'PyTorch'],
  ['Deep Learning', 'TensorFlow'],
  ['Deep Learning', 'Keras'],
  ['Machine Learning', 'scikit-learn'],
  ['Machine Learning', 'Natural Language Processing', 'Large Language Models'],
  ['Machine Learning', 'Computer Vision'],
  ['pandas', 'Apache Spark'],
  ['Linux', 'Docker', 'Kubernetes', 'Helm'],
  ['Git', 'CI/CD', 'GitHub Actions'],
  ['AWS', 'Amazon S3'],
  ['AWS', 'AWS Lambda'],
  ['AWS', 'Amazon EC2'],
  ['React', 'Next.js'],
  ['Vue.js', 'Nuxt.js'],
  ['Node.js', 'Express'],
  ['Java', 'Spring', 'Spring Boot'],
  ['Unit Testing', 'End-to-End Testing'],
];

const STEP = new Map<string, Set<string>>();
for (const chain of CHAINS) {
  chain.forEach((skill, i) => {
    const after = STEP.get(skill) ?? new Set<string>();
    for (const later of chain.slice(i + 1)) after.add(later);
    STEP.set(skill, after);
  });
}

/** Languages and data stores: what other skills are built on (see {@link LAYER}). */
const FOUNDATION_LAYER = 1;
/** Frameworks, tools, cloud services, data and ML: what is built on the foundations. */
const BUILT_LAYER = 2;

/**
 * Whether `a` is a foundation of `b` itself, not only of an earlier layer: an earlier step of a
 * known path (Deep Learning before PyTorch), or a language or data store before a framework,
 * tool, cloud service or data skill built with them (Python before PyTorch, not before UX
 * Design). A lesser gap comes before the high ones only when it is one.
 */
export const isFoundationOf = (a: string, b: string): boolean => {
  if (STEP.get(a)?.has(b) === true) return true;
  const la = layerOf(a);
  const lb = layerOf(b);
  return la <= FOUNDATION_LAYER && la < lb && lb <= BUILT_LAYER;
};

/** Whether `a` must be learnt before `b`: a lower layer, or an earlier step of a known path. */
const comesBefore = (a: string, b: string): boolean => {
  const la = layerOf(a);
  const lb = layerOf(b);
  if (la !== lb) return la < lb;
  return STEP.get(a)?.has(b) === true;
};

/**
 * Orders skills so fundamentals come before what builds on them (Python before PyTorch, Machine
 * Learning before Deep Learning before PyTorch); otherwise the given order (priority) is kept. A stable topological
 * order: at each step, the first remaining skill that no other remaining skill must precede.
 */
export const orderByPrerequisite = (skills: readonly string[]): string[] => {
  const left = [...skills];
  const out: string[] = [];
  while (left.length > 0) {
    const i = left.findIndex((s) => !left.some((o) => o !== s && comesBefore(o, s)));
    // Layers and chains make no cycle; were one to appear, the given order decides.
    const [next] = left.splice(Math.max(i, 0), 1);
    out.push(next as string);
  }
  return out;
};

/** The skills named by the learning paths (for a test that each is a taxonomy skill). */
export const CHAIN_SKILLS: readonly string[] = [...new Set(CHAINS.flat())];
