import { createOpenApiDocument } from '@prepkit/shared/openapi';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Checks API responses against the OpenAPI document (the one the API serves): the route and
 * method must be documented, the status must be one of the operation's responses, and a JSON
 * body must validate against that response's schema. Non-JSON bodies (SSE, HTML, metrics text)
 * are checked for their documented media type only.
 */
const document = createOpenApiDocument();
type Operation = {
  responses?: Record<string, { content?: Record<string, { schema?: object }> }>;
};
type Paths = Record<string, Record<string, Operation>>;

const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const components = { schemas: document.components?.schemas ?? {} };
const compiled = new Map<object, ValidateFunction>();
const validatorFor = (schema: object): ValidateFunction => {
  let validate = compiled.get(schema);
  if (!validate) {
    // `#/components/...` refs resolve inside the compiled schema: carry the components along.
    validate = ajv.compile({ ...schema, components });
    compiled.set(schema, validate);
  }
  return validate;
};

const routes = Object.entries(document.paths as Paths)
  .map(([template, operations]) => ({
    template,
    operations,
    params: (template.match(/\{/g) ?? []).length,
    pattern: new RegExp(
      `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`,
    ),
  }))
  // Literal paths win over templated ones (`/jobs` before `/{id}`).
  .sort((a, b) => a.params - b.params);

const errorSchema = { $ref: '#/components/schemas/Error' };

export interface ContractResponse {
  status: number;
  contentType: string;
  body: unknown;
  isJson: boolean;
}

/** Throws, naming the route, status and the schema's complaints, when a response breaks the contract. */
export const assertMatchesContract = (method: string, url: string, res: ContractResponse) => {
  // CORS preflights are answered by the CORS middleware on any path: HTTP plumbing, not routes.
  if (method.toUpperCase() === 'OPTIONS') return;
  const path = new URL(url).pathname;
  const where = `${method.toUpperCase()} ${path} -> ${res.status}`;
  const route = routes.find((r) => r.pattern.test(path));
  const operation = route?.operations[method.toLowerCase()];
  let schema: object | undefined;
  if (!operation) {
    // Unknown routes (and methods) are answered by the JSON 404 of the error middleware.
    if (res.status !== 404) throw new Error(`OpenAPI: ${where}: the route is not documented`);
    schema = errorSchema;
  } else {
    const response = operation.responses?.[String(res.status)];
    if (!response)
      throw new Error(`OpenAPI: ${where}: status ${res.status} is not documented for this route`);
    const media = Object.keys(response.content ?? {});
    if (media.length === 0) {
      if (res.body !== undefined && res.contentType)
        throw new Error(`OpenAPI: ${where}: documented without a body, got ${res.contentType}`);
      return;
    }
    const type = media.find((m) => res.contentType.startsWith(m));
    if (!type) {
      throw new Error(
        `OpenAPI: ${where}: content type ${res.contentType || '(none)'} is not one of ${media.join(', ')}`,
      );
    }
    if (type !== 'application/json') return;
    schema = response.content?.[type]?.schema;
  }
  if (!schema || !res.isJson) return;
  const validate = validatorFor(schema);
  if (!validate(res.body)) {
    const problems = (validate.errors ?? [])
      .map(
        (e) =>
          `${e.instancePath || '(body)'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
      )
      .join('; ');
    throw new Error(
      `OpenAPI: ${where}: the body does not match the documented schema: ${problems}`,
    );
  }
};
