/**
 * `pnpm openapi`: writes the OpenAPI document generated from the zod contracts to
 * docs/openapi.json (committed; a test fails when it is stale).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOpenApiDocument } from '@prepkit/shared/openapi';

export const OPENAPI_FILE = join(import.meta.dirname, '..', 'docs', 'openapi.json');
export const renderOpenApi = (): string => `${JSON.stringify(createOpenApiDocument(), null, 2)}\n`;

if (process.argv[1] === import.meta.filename) {
  writeFileSync(OPENAPI_FILE, renderOpenApi());
  console.log(`wrote ${OPENAPI_FILE}`);
}
