import { generatedReportSchema } from '@prepkit/shared';
import { describe, expect, it } from 'vitest';
import {
  GEMINI_REPORT_JSON_SCHEMA,
  toGeminiJsonSchema,
} from '../../src/generators/gemini/gemini.schema.ts';

/** Every key used anywhere in a JSON value (property names included). */
const keywordsOf = (value: unknown, out = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) for (const v of value) keywordsOf(v, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keywordsOf(v, out);
    }
  }
  return out;
};

describe('toGeminiJsonSchema', () => {
  it('when a schema has keywords Gemini does not document, then they are dropped and the rest kept', () => {
    const input = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 80, pattern: '^[a-z]+$' },
        email: { type: 'string', format: 'email' },
        born: { type: 'string', format: 'date' },
        kind: { type: 'string', const: 'person' },
        age: { type: 'integer', minimum: 0, maximum: 9007199254740991, exclusiveMaximum: 200 },
        tags: { type: 'array', minItems: 1, maxItems: 3, items: { type: 'string', minLength: 2 } },
        either: {
          anyOf: [
            { type: 'string', pattern: 'x' },
            { type: 'number', default: 1 },
          ],
        },
        ref: { $ref: '#/$defs/thing', description: 'dropped beside $ref' },
      },
      required: ['name'],
      $defs: { thing: { type: 'string', maxLength: 3, description: 'a thing' } },
      allOf: [{ type: 'object' }],
    };
    const snapshot = structuredClone(input);

    expect(toGeminiJsonSchema(input)).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: {
        name: { type: 'string' },
        email: { type: 'string' },
        born: { type: 'string', format: 'date' },
        kind: { type: 'string', enum: ['person'] },
        age: { type: 'integer', minimum: 0 },
        tags: { type: 'array', minItems: 1, maxItems: 3, items: { type: 'string' } },
        either: { anyOf: [{ type: 'string' }, { type: 'number' }] },
        ref: { $ref: '#/$defs/thing' },
      },
      required: ['name'],
      $defs: { thing: { type: 'string', description: 'a thing' } },
    });
    expect(input).toEqual(snapshot);
  });

  it('when a property is named like a keyword, then the property survives', () => {
    const out = toGeminiJsonSchema({
      type: 'object',
      properties: { pattern: { type: 'string' }, const: { type: 'number' } },
    });
    expect(out).toEqual({
      type: 'object',
      properties: { pattern: { type: 'string' }, const: { type: 'number' } },
    });
  });
});

describe('GEMINI_REPORT_JSON_SCHEMA', () => {
  it('when derived from generatedReportSchema, then it holds only documented keywords', () => {
    const keys = keywordsOf(GEMINI_REPORT_JSON_SCHEMA);
    for (const banned of ['$schema', 'pattern', 'minLength', 'maxLength', 'const', 'format']) {
      expect(keys.has(banned), banned).toBe(false);
    }
    const schema = GEMINI_REPORT_JSON_SCHEMA as {
      type: string;
      required: string[];
      properties: Record<string, { minItems?: number; description?: string }>;
    };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(Object.keys(generatedReportSchema.shape));
    expect(schema.properties.technicalQuestions?.minItems).toBe(5);
    expect(schema.properties.behavioralQuestions?.minItems).toBe(3);
    expect(schema.properties.matchScore?.description).toMatch(/0 to 100/);
  });
});
