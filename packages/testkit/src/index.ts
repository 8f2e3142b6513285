export * from './fake-gemini/fake-gemini.server.ts';
export type * from './fake-gemini/fake-gemini.types.ts';
export * from './fake-gemini/fake-reply.ts';
export * from './fake-gemini/gemini-bodies.ts';
export * from './fake-gemini/generator-options.ts';
export * from './fake-gemini/google-error.ts';
export * from './fake-gemini/sample-report.ts';
