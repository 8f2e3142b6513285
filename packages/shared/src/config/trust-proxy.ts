import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * Which proxies in front of the API may name the client's address (X-Forwarded-For): `false`
 * (none: the address is the TCP peer's), a hop count, or a list of express "trust proxy" names
 * (`loopback`, `linklocal`, `uniquelocal`), addresses and CIDR subnets.
 */
export type TrustProxy = false | number | string[];

const NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

const isAddressOrSubnet = (entry: string): boolean => {
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
};

const INVALID =
  "must be empty (trust no proxy), a hop count such as 1, or a comma-separated list of 'loopback', 'linklocal', 'uniquelocal', IP addresses and CIDR subnets";

/** TRUST_PROXY: unset, empty or `false` trusts no proxy, so a client cannot choose its own IP. */
export const trustProxySchema = z
  .string()
  .default('')
  .transform((raw, ctx): TrustProxy => {
    const value = raw.trim();
    if (value === '' || value === 'false') return false;
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value.split(',').map((e) => e.trim());
    if (entries.every((e) => NAMES.has(e) || isAddressOrSubnet(e))) return entries;
    ctx.addIssue({ code: 'custom', message: INVALID });
    return z.NEVER;
  });
