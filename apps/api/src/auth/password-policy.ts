import { AppError, PASSWORD_MIN_LENGTH } from '@prepkit/shared';
import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The well-known passwords that the length rule lets through: zxcvbn-ts's list of the ~50,000
 * most common leaked passwords (a maintained npm package), lower-cased, kept if long enough.
 */
const WELL_KNOWN = new Set(
  dictionary['passwords-common']
    .filter((p) => p.length >= PASSWORD_MIN_LENGTH)
    .map((p) => p.toLowerCase()),
);

export const WELL_KNOWN_PASSWORD_MESSAGE =
  "'password' is a well-known password (on public lists of leaked passwords); choose another.";

/**
 * Refuses a new password found (in any letter case) on the list of well-known passwords. Blank
 * and single-repeated-character passwords are refused earlier, by the shared register schema.
 */
export const assertNotWellKnown = (password: string): void => {
  if (!WELL_KNOWN.has(password.toLowerCase())) return;
  throw new AppError('VALIDATION_ERROR', {
    message: WELL_KNOWN_PASSWORD_MESSAGE,
    details: [{ path: 'password', rule: 'well-known', message: WELL_KNOWN_PASSWORD_MESSAGE }],
  });
};
