import type { UserRepository } from '@prepkit/db';
import { toPublicUser } from '@prepkit/db';
import { AppError, type LoginInput, type PublicUser, type RegisterInput } from '@prepkit/shared';
import { hashPassword, verifyPassword } from './password.ts';
import { assertNotWellKnown } from './password-policy.ts';
import type { TokenService } from './token.service.ts';

export interface Session {
  user: PublicUser;
  token: string;
  expiresAt: number;
}

export interface AuthService {
  register(input: RegisterInput): Promise<Session>;
  login(input: LoginInput): Promise<Session>;
}

/** The account use-cases: registration and login, each ending in a fresh token. */
export const createAuthService = (deps: {
  users: UserRepository;
  tokens: TokenService;
}): AuthService => {
  const sessionFor = async (user: PublicUser): Promise<Session> => {
    const { token, expiresAt } = await deps.tokens.issue(user.id);
    return { user, token, expiresAt };
  };
  return {
    async register(input) {
      assertNotWellKnown(input.password);
      const conflict = new AppError('CONFLICT', {
        message: 'An account with this email or username already exists.',
      });
      if (await deps.users.existsByEmailOrUsername(input.email, input.username)) throw conflict;
      const created = await deps.users.create({
        username: input.username,
        email: input.email,
        passwordHash: await hashPassword(input.password),
      });
      if (!created) throw conflict;
      return sessionFor(toPublicUser(created));
    },
    async login(input) {
      const user = await deps.users.findByEmail(input.email);
      const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
      if (!user || !ok) throw new AppError('INVALID_CREDENTIALS');
      return sessionFor(toPublicUser(user));
    },
  };
};
