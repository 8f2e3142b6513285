import type { Request, Response } from 'express';

export const TOKEN_COOKIE = 'token';

/** Reads one cookie from the Cookie header (no cookie-parser needed for a single value). */
export const readCookie = (req: Request, name: string): string | undefined => {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) {
      const raw = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return undefined;
};

export interface CookiePolicy {
  /** COOKIE_SAMESITE: `lax` (default), `strict`, or `none` (cross-site clients; needs secure). */
  sameSite: 'lax' | 'strict' | 'none';
  /** COOKIE_SECURE: on in production by default. */
  secure: boolean;
  /** COOKIE_DOMAIN; undefined = host-only. */
  domain?: string | undefined;
  maxAgeSeconds: number;
}

/** The attributes the cookie is set and cleared with (they must match for the clear to work). */
const cookieAttributes = (policy: CookiePolicy) => ({
  httpOnly: true,
  sameSite: policy.sameSite,
  secure: policy.secure,
  path: '/',
  ...(policy.domain ? { domain: policy.domain } : {}),
});

/** `token`: HttpOnly, Path=/, Max-Age = token lifetime, SameSite/Secure/Domain per the policy. */
export const setTokenCookie = (res: Response, token: string, policy: CookiePolicy): void => {
  res.cookie(TOKEN_COOKIE, token, {
    ...cookieAttributes(policy),
    maxAge: policy.maxAgeSeconds * 1000,
  });
};

export const clearTokenCookie = (res: Response, policy: CookiePolicy): void => {
  res.clearCookie(TOKEN_COOKIE, cookieAttributes(policy));
};

/** The token from the `token` cookie, or from `Authorization: Bearer` (for scripts). */
export const readToken = (req: Request): string | undefined => {
  const auth = req.headers.authorization;
  if (auth) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (m?.[1]) return m[1];
  }
  return readCookie(req, TOKEN_COOKIE);
};
