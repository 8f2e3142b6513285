/**
 * Parses CORS_ORIGINS: comma-separated exact origins such as `https://app.example.com` or
 * `http://localhost:5173`. Returns the origins as browsers serialize them in the `Origin` header
 * (lower-case host, default port dropped; duplicates and empty entries dropped), or a message
 * naming the first entry that is not an origin. `*` is refused: credentials need exact origins.
 */
export const parseOrigins = (value: string): string[] | string => {
  const origins = new Set<string>();
  for (const raw of value.split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    const origin = originOf(entry);
    if (!origin) {
      return entry === '*'
        ? "'*' is not allowed: list each origin exactly (credentialed requests need exact origins)"
        : `'${entry}' is not an origin: write scheme://host[:port] without a path (e.g. https://app.example.com)`;
    }
    origins.add(origin);
  }
  return [...origins];
};

/** The serialized origin of an http(s) URL that is nothing but an origin, else null. */
const originOf = (value: string): string | null => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Userinfo, a path, a query or a fragment make href differ from `origin/`.
  return url.href === `${url.origin}/` ? url.origin : null;
};
