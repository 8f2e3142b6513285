import { generatedReportSchema } from '@prepkit/shared';

/**
 * The JSON Schema keywords Gemini documents for `responseJsonSchema` (@google/genai 3.x,
 * GenerateContentConfig.responseJsonSchema). Anything else is dropped: zod stays the real gate.
 */
const SUPPORTED_KEYWORDS: ReadonlySet<string> = new Set([
  '$id',
  '$defs',
  '$ref',
  '$anchor',
  'type',
  'format',
  'title',
  'description',
  'enum',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'anyOf',
  'oneOf',
  'properties',
  'additionalProperties',
  'required',
  'propertyOrdering',
]);

/** The string formats Gemini's structured output understands. */
const GEMINI_FORMATS: ReadonlySet<string> = new Set(['date-time', 'date', 'time']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const mapValues = (v: unknown): Json => {
  if (!isObject(v)) return v as Json;
  const out: Record<string, Json> = {};
  for (const [name, sub] of Object.entries(v)) out[name] = toGeminiJsonSchema(sub);
  return out;
};

const mapArray = (v: unknown): Json =>
  Array.isArray(v) ? v.map((s) => toGeminiJsonSchema(s)) : (v as Json);

/**
 * Reduces a JSON Schema (as `z.toJSONSchema` emits it) to what Gemini documents: drops `$schema`,
 * `pattern`, `minLength`, `maxLength`, `exclusiveMinimum`, `allOf`, `not`, `default`...; turns
 * `const` into a one-value `enum`; keeps `format` only for date-time/date/time; drops the
 * ±MAX_SAFE_INTEGER bounds zod adds to integers; keeps only `$` keywords beside a `$ref`.
 * Pure: returns a new value and never mutates its input.
 */
export const toGeminiJsonSchema = (schema: unknown): Json => {
  if (Array.isArray(schema)) return schema.map((s) => toGeminiJsonSchema(s));
  if (!isObject(schema)) return schema as Json;
  const hasRef = typeof schema.$ref === 'string';
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (hasRef && !key.startsWith('$')) continue;
    if (key === 'const' && !('enum' in schema)) {
      if (typeof value === 'string' || typeof value === 'number') out.enum = [value];
      continue;
    }
    if (!SUPPORTED_KEYWORDS.has(key) || key === '$schema') continue;
    if (key === 'format' && !(typeof value === 'string' && GEMINI_FORMATS.has(value))) continue;
    if (
      (key === 'minimum' || key === 'maximum') &&
      typeof value === 'number' &&
      Math.abs(value) >= Number.MAX_SAFE_INTEGER
    ) {
      continue;
    }
    if (key === 'properties' || key === '$defs') out[key] = mapValues(value);
    else if (key === 'items' || key === 'additionalProperties')
      out[key] = toGeminiJsonSchema(value);
    else if (key === 'anyOf' || key === 'oneOf' || key === 'prefixItems')
      out[key] = mapArray(value);
    else out[key] = value as Json;
  }
  return out;
};

/** Descriptions that steer the model, added to the report schema's top-level properties. */
const FIELD_DESCRIPTIONS: Record<string, string> = {
  matchScore: 'How well the candidate fits the job: an integer from 0 to 100.',
  technicalQuestions:
    'At least 5 technical questions for this job, each with the interviewer intention and a model answer drawn from the candidate experience.',
  behavioralQuestions:
    'At least 3 behavioral questions, each with the interviewer intention and a model answer in STAR form.',
  skillGaps: 'Skills the job needs that the candidate lacks or shows weakly, with severity.',
  preparationPlan: 'A day-by-day plan, days numbered 1..N in order, each with concrete tasks.',
};

const describeFields = (schema: Json): Json => {
  if (!isObject(schema) || !isObject(schema.properties)) return schema;
  const properties: Record<string, Json> = {};
  for (const [name, sub] of Object.entries(schema.properties)) {
    const description = FIELD_DESCRIPTIONS[name];
    properties[name] = isObject(sub) && description ? { ...sub, description } : (sub as Json);
  }
  return { ...schema, properties };
};

/** The `responseJsonSchema` sent with every request: GeneratedReport's input side, stripped. */
export const GEMINI_REPORT_JSON_SCHEMA: Json = describeFields(
  toGeminiJsonSchema(generatedReportSchema.toJSONSchema({ io: 'input' })),
);

/** The extra field asked for when the request sent no job title. */
export const JOB_TITLE_FIELD = 'jobTitle';

/**
 * The schema sent when the request has no title: the report schema plus a required `jobTitle`,
 * the posting's own title as the model reads it.
 */
export const GEMINI_REPORT_WITH_TITLE_JSON_SCHEMA: Json = (() => {
  const base = GEMINI_REPORT_JSON_SCHEMA as { [key: string]: Json };
  const properties = (base.properties ?? {}) as { [key: string]: Json };
  const required = Array.isArray(base.required) ? base.required : [];
  return {
    ...base,
    properties: {
      [JOB_TITLE_FIELD]: {
        type: 'string',
        description:
          'The title of the job as the posting names it, e.g. "Senior Frontend Engineer": the role only, never a date, a URL or the company name.',
      },
      ...properties,
    },
    required: [JOB_TITLE_FIELD, ...required],
  };
})();
