export * from './gemini.errors.ts';
export * from './gemini.generator.ts';
export * from './gemini.prompt.ts';
export * from './gemini.response.ts';
export * from './gemini.schema.ts';
