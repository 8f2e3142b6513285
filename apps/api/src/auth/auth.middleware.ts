import type { UserRepository } from '@prepkit/db';
import { toPublicUser } from '@prepkit/db';
import { AppError } from '@prepkit/shared';
import type { RequestHandler } from 'express';
import { readToken } from './cookie.ts';
import type { TokenService } from './token.service.ts';

/** Rejects the request with 401 unless it carries a valid, unrevoked token of an existing user. */
export const requireAuth =
  (deps: { tokens: TokenService; users: UserRepository }): RequestHandler =>
  async (req, _res, next) => {
    const token = readToken(req);
    if (!token) throw new AppError('UNAUTHORIZED');
    const verified = await deps.tokens.verify(token);
    const user = await deps.users.findById(verified.userId);
    if (!user)
      throw new AppError('UNAUTHORIZED', { message: 'User not found. Please log in again.' });
    req.auth = {
      user: toPublicUser(user),
      tokenId: verified.tokenId,
      expiresAt: verified.expiresAt,
    };
    next();
  };
