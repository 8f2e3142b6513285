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
  secure: boolean;
  maxAgeSeconds: number;
}

/** `token`: HttpOnly, SameSite=Lax, Path=/, Max-Age = token lifetime, Secure in production. */
export const setTokenCookie = (res: Response, token: string, policy: CookiePolicy): void => {
  res.cookie(TOKEN_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: policy.secure,
    path: '/',
    maxAge: policy.maxAgeSeconds * 1000,
  });
};

export const clearTokenCookie = (res: Response, policy: CookiePolicy): void => {
  res.clearCookie(TOKEN_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: policy.secure,
    path: '/',
  });
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
