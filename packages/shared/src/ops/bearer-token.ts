/** Compares two strings in time that depends only on their lengths (no early exit). */
const sameText = (a: string, b: string): boolean => {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  }
  return diff === 0;
};

/**
 * Whether an `Authorization` header carries `Bearer <expected>`, compared without an early exit.
 * With no expected token (METRICS_TOKEN unset) every request is let through.
 */
export const bearerTokenMatches = (
  authorization: string | undefined,
  expected: string | undefined,
): boolean => {
  if (!expected) return true;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1] !== undefined && sameText(match[1], expected);
};
