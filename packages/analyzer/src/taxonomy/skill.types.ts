import type { SkillCategory } from './skill-category.ts';

/** One skill of the taxonomy: its canonical name, how it is written, and what it goes with. */
export interface Skill {
  /** The canonical name, as shown in reports (e.g. `Kubernetes`). */
  name: string;
  category: SkillCategory;
  /** Other spellings matched case-insensitively (`k8s`, `kube`). */
  aliases: readonly string[];
  /** Spellings matched only with this exact case (`Go`, `R`), for ambiguous short names. */
  caseSensitiveAliases: readonly string[];
  /** Aliases (lower case) of an ambiguous skill that need no context: "golang" for Go. */
  certainAliases: readonly string[];
  /**
   * Aliases (lower case) written for this skill and another one at once: "data structures and
   * algorithms" names Algorithms too (see `matchJointNames`).
   */
  jointAliases: readonly string[];
  /** Canonical names of related skills. */
  related: readonly string[];
  /**
   * Ambiguous names (Spring, Swift, Chef...) count only when a related skill is also found in the
   * same document: the context that tells the framework from the season.
   */
  needsContext: boolean;
}
