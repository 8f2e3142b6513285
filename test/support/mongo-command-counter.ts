import type { AddressInfo } from 'node:net';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tiePair } from './tcp-proxy.ts';

/** Commands the driver sends on its own schedule (monitoring, sessions): not per report. */
const BACKGROUND = new Set(['hello', 'ismaster', 'isMaster', 'ping', 'endSessions', 'saslStart']);

/**
 * A loopback proxy in front of the MongoDB-protocol server that reads the client's OP_MSG
 * frames and counts commands by name and collection: the round trips a process makes, measured
 * on the wire without touching the process. Replies pass through untouched.
 */
export interface MongoCommandCounter {
  port: number;
  /** Counts since the last reset, keyed "command collection" (background commands apart). */
  counts(): Map<string, number>;
  background(): number;
  reset(): void;
  close(): Promise<void>;
}

/** The command name and its collection from an OP_MSG body section (the first BSON element). */
const readCommand = (frame: Buffer): { name: string; collection: string } | null => {
  if (frame.readInt32LE(12) !== 2013) return null; // OP_MSG only (the modern driver's opcode)
  let at = 20; // header 16 + flagBits 4
  if (frame[at] !== 0) return null; // section kind 0: the command document
  at += 1 + 4; // kind + BSON document length
  const type = frame[at]!;
  const keyEnd = frame.indexOf(0, at + 1);
  const name = frame.toString('utf8', at + 1, keyEnd);
  let collection = '';
  if (type === 0x02) {
    const len = frame.readInt32LE(keyEnd + 1);
    collection = frame.toString('utf8', keyEnd + 5, keyEnd + 4 + len);
  }
  return { name, collection };
};

export const startMongoCommandCounter = async (
  targetPort: number,
  targetHost = '127.0.0.1',
): Promise<MongoCommandCounter> => {
  let counts = new Map<string, number>();
  let background = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, targetHost);
    tiePair(client, upstream, sockets);
    let pending: Buffer<ArrayBufferLike> = Buffer.alloc(0);
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      while (pending.length >= 16 && pending.length >= pending.readInt32LE(0)) {
        const size = pending.readInt32LE(0);
        const command = readCommand(pending.subarray(0, size));
        pending = pending.subarray(size);
        if (!command) continue;
        if (BACKGROUND.has(command.name)) background++;
        else {
          const key = `${command.name} ${command.collection}`.trim();
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    counts: () => new Map(counts),
    background: () => background,
    reset() {
      counts = new Map();
      background = 0;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
