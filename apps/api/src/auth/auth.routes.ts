import { createHash } from 'node:crypto';
import type { UserRepository } from '@prepkit/db';
import { AppError, loginInputSchema, registerInputSchema } from '@prepkit/shared';
import express, { type Request, type RequestHandler, type Response, Router } from 'express';
import { requireAuth } from './auth.middleware.ts';
import type { AuthService, Session } from './auth.service.ts';
import { type CookiePolicy, clearTokenCookie, readToken, setTokenCookie } from './cookie.ts';
import type { RateLimiter } from './rate-limiter.ts';
import type { TokenService } from './token.service.ts';

export interface AuthRoutesDeps {
  auth: AuthService;
  tokens: TokenService;
  users: UserRepository;
  limiter: RateLimiter;
  cookie: CookiePolicy;
}

/** Auth bodies are a few short fields: anything bigger is refused (413) before it is read on. */
export const AUTH_BODY_LIMIT_BYTES = 16 * 1024;

/** The JSON parser of /api/auth; mounted ahead of the app-wide one, whose limit is far larger. */
export const authBodyParser: RequestHandler = express.json({ limit: AUTH_BODY_LIMIT_BYTES });

/**
 * The rate-limit keys of an auth attempt: the client address and a hash of the already validated
 * (so at most 254 characters, lower-cased) e-mail, so a key never carries what a client typed.
 */
const limitKeys = (req: Request, email: string): string[] => [
  `ip:${req.ip ?? 'unknown'}`,
  `email:${createHash('sha256').update(email).digest('base64url')}`,
];

/**
 * A browser marks a request another site started (a link, a form, an image) with
 * `Sec-Fetch-Site: cross-site`; a SameSite=Lax cookie still rides on top-level GETs, so such a
 * GET must not log the user out.
 */
const refuseCrossSite: RequestHandler = (req, _res, next) => {
  if (req.get('sec-fetch-site') === 'cross-site') {
    throw new AppError('CROSS_SITE_REQUEST', {
      message: 'Logging out from another site is refused. Use POST /api/auth/logout.',
    });
  }
  next();
};

/** /api/auth: register, login, logout, get-me (compatible with the original web client). */
export const createAuthRoutes = (deps: AuthRoutesDeps): Router => {
  const router = Router();
  const authenticated = requireAuth(deps);
  const sendSession = (res: Response, status: number, message: string, session: Session) => {
    setTokenCookie(res, session.token, deps.cookie);
    res.status(status).json({ message, user: session.user });
  };

  router.post('/register', async (req, res) => {
    const input = registerInputSchema.parse(req.body ?? {});
    await deps.limiter.consume(limitKeys(req, input.email));
    sendSession(res, 201, 'User registered successfully.', await deps.auth.register(input));
  });

  router.post('/login', async (req, res) => {
    const input = loginInputSchema.parse(req.body ?? {});
    await deps.limiter.consume(limitKeys(req, input.email));
    sendSession(res, 200, 'User logged in successfully.', await deps.auth.login(input));
  });

  const logout = async (req: Request, res: Response) => {
    const token = readToken(req);
    if (token) {
      const verified = await deps.tokens.verify(token).catch(() => null);
      if (verified) await deps.tokens.revoke(verified);
    }
    clearTokenCookie(res, deps.cookie);
    res.status(200).json({ message: 'User logged out successfully.' });
  };
  router.post('/logout', logout);
  router.get('/logout', refuseCrossSite, logout);

  const me = (req: Request, res: Response) => {
    res.status(200).json({ message: 'User details fetched successfully.', user: req.auth?.user });
  };
  router.get('/get-me', authenticated, me);
  router.get('/me', authenticated, me);
  return router;
};
