import mongoose, { type Connection } from 'mongoose';

export interface MongoConnectionOptions {
  /** How long a query may wait for a server before failing (fail fast when Mongo is down). */
  serverSelectionTimeoutMS?: number;
}

/**
 * Opens a dedicated mongoose connection (not the global default one, so tests and apps can hold
 * several). Resolves once the server answered.
 */
export const connectMongo = async (
  uri: string,
  options: MongoConnectionOptions = {},
): Promise<Connection> => {
  const connection = mongoose.createConnection(uri, {
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 2_000,
    // Commands issued while disconnected fail at once instead of queueing for minutes.
    bufferCommands: false,
    autoIndex: true,
  });
  await connection.asPromise();
  return connection;
};

/** True when the server answers a ping within the connection's selection timeout. */
export const pingMongo = async (connection: Connection): Promise<boolean> => {
  try {
    const db = connection.db;
    if (!db) return false;
    await db.command({ ping: 1 });
    return true;
  } catch {
    return false;
  }
};

/** Mongo duplicate-key error (FerretDB v1 sends the code without keyValue: test the code only). */
export const isDuplicateKeyError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
