import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's second recommended profile (19 MiB, 2 passes, 1 lane).
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

// A hash to verify against when the email is unknown, so both failures take the same time.
let dummyHash: Promise<string> | undefined;

/** Checks a password; `storedHash` null (unknown user) still spends the same work and fails. */
export const verifyPassword = async (
  storedHash: string | null,
  password: string,
): Promise<boolean> => {
  if (storedHash === null) {
    dummyHash ??= hashPassword('prepkit-dummy-password');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
};
