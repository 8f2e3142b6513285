import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

/**
 * Reads a .env file with Node's own parser (quotes, `export`, inline `# comments` after unquoted
 * values, multi-line quoted values), so `cp .env.example .env` gives exactly the documented
 * values. A missing file is no variables.
 */
export const readDotenv = (file: string): Record<string, string> =>
  existsSync(file) ? (parseEnv(readFileSync(file, 'utf8')) as Record<string, string>) : {};
