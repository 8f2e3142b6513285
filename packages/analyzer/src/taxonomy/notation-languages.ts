/**
 * Languages that describe rather than run: markup, style sheets, data formats and queries. A
 * step or a question written for a programming language ("write a command-line program in X",
 * "how does X handle concurrency and memory") reads wrongly for them.
 */
const NOTATION_LANGUAGES: ReadonlySet<string> = new Set([
  'HTML',
  'CSS',
  'Sass',
  'Less',
  'Stylus',
  'XML',
  'JSON',
  'YAML',
  'Markdown',
  'LaTeX',
  'Pandoc',
  'SQL',
  'T-SQL',
  'GraphQL',
  'Cypher',
  'SPARQL',
  'Regex',
]);

/** Whether a language skill is a markup, style, data or query language (see above). */
export const isNotationLanguage = (name: string): boolean => NOTATION_LANGUAGES.has(name);
