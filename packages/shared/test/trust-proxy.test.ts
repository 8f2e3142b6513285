import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.schema.ts';

const base = { MONGODB_URI: 'mongodb://127.0.0.1:1/x', REDIS_URL: 'redis://127.0.0.1:1' };
const trustProxy = (value?: string) =>
  loadConfig(value === undefined ? base : { ...base, TRUST_PROXY: value }).trustProxy;

describe('TRUST_PROXY', () => {
  it('when it is unset or empty, then no proxy is trusted', () => {
    expect(trustProxy()).toBe(false);
    expect(trustProxy('')).toBe(false);
    expect(trustProxy('false')).toBe(false);
  });

  it('when it is a hop count, then that many proxies in front are trusted', () => {
    expect(trustProxy('1')).toBe(1);
  });

  it('when it lists names, addresses and subnets, then each is kept', () => {
    expect(trustProxy('loopback, 10.0.0.0/8,fd00::/8 ,192.168.1.4')).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
      '192.168.1.4',
    ]);
  });

  it.each([['true'], ['proxy.example.com'], ['10.0.0.0/33'], ['-1']])(
    'when it is %s, then the configuration is refused naming TRUST_PROXY',
    (value) => {
      expect(() => trustProxy(value)).toThrow(/TRUST_PROXY/);
    },
  );
});
