import type { UserRepository } from '@prepkit/db';
import { loginInputSchema, registerInputSchema } from '@prepkit/shared';
import { type Request, type Response, Router } from 'express';
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

/** /api/auth: register, login, logout, get-me (compatible with the original web client). */
export const createAuthRoutes = (deps: AuthRoutesDeps): Router => {
  const router = Router();
  const authenticated = requireAuth(deps);
  const limitKeys = (req: Request, email: unknown) => [
    `ip:${req.ip ?? 'unknown'}`,
    ...(typeof email === 'string' && email ? [`email:${email.trim().toLowerCase()}`] : []),
  ];
  const sendSession = (res: Response, status: number, message: string, session: Session) => {
    setTokenCookie(res, session.token, deps.cookie);
    res.status(status).json({ message, user: session.user });
  };

  router.post('/register', async (req, res) => {
    await deps.limiter.consume(limitKeys(req, req.body?.email));
    const input = registerInputSchema.parse(req.body ?? {});
    sendSession(res, 201, 'User registered successfully.', await deps.auth.register(input));
  });

  router.post('/login', async (req, res) => {
    await deps.limiter.consume(limitKeys(req, req.body?.email));
    const input = loginInputSchema.parse(req.body ?? {});
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
  router.get('/logout', logout);

  const me = (req: Request, res: Response) => {
    res.status(200).json({ message: 'User details fetched successfully.', user: req.auth?.user });
  };
  router.get('/get-me', authenticated, me);
  router.get('/me', authenticated, me);
  return router;
};
