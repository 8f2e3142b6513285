export * from './openapi-document.ts';
export * from './openapi-parts.ts';
