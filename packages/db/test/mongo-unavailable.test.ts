import { describe, expect, it } from 'vitest';
import { isMongoUnavailable } from '../src/mongo-unavailable.ts';

const named = (name: string, cause?: unknown) =>
  Object.assign(new Error('x', cause === undefined ? undefined : { cause }), { name });

describe('isMongoUnavailable', () => {
  it('when the driver says the server cannot be reached (topology closed included), then true, also as a cause', () => {
    for (const name of [
      'MongoServerSelectionError',
      'MongoNetworkError',
      'MongoNetworkTimeoutError',
      'MongoNotConnectedError',
      'MongoTopologyClosedError',
      'MongoPoolClearedError',
    ]) {
      expect(isMongoUnavailable(named(name))).toBe(true);
      expect(isMongoUnavailable(new Error('wrapped', { cause: named(name) }))).toBe(true);
    }
  });

  it('when the error is a server answer or anything else, then false', () => {
    expect(isMongoUnavailable(named('MongoServerError'))).toBe(false);
    expect(isMongoUnavailable(new Error('Connection is closed'))).toBe(false);
    expect(isMongoUnavailable(null)).toBe(false);
  });
});
