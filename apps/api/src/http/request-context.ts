import type { PublicUser } from '@prepkit/shared';

/** What the auth middleware attaches to an authenticated request. */
export interface AuthContext {
  user: PublicUser;
  tokenId: string;
  /** Token expiry, seconds since the epoch. */
  expiresAt: number;
}

declare global {
  namespace Express {
    interface Request {
      auth?: AuthContext;
    }
  }
}
