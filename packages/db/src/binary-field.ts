import { mongo } from 'mongoose';

/**
 * A file's bytes as a binary field to write: a Buffer over the caller's memory, no copy (a
 * 5 MiB upload is not held twice on its way to BSON).
 */
export const toBinary = (bytes: Uint8Array): mongo.Binary =>
  new mongo.Binary(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/** A binary field as the driver returns it, as a Buffer over the same memory (no copy). */
export const bufferOf = (raw: unknown): Buffer | null => {
  if (!raw) return null;
  if (Buffer.isBuffer(raw)) return raw;
  const bytes = raw instanceof mongo.Binary ? raw.buffer : (raw as Uint8Array);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
};
