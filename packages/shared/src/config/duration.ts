const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** Parses "7d", "12h", "30m", "45s" or a bare number of seconds into seconds; null if invalid. */
export const parseDurationSeconds = (value: string): number | null => {
  const m = /^\s*(\d+)\s*([smhd]?)\s*$/i.exec(value);
  if (!m?.[1]) return null;
  const seconds = Number(m[1]) * (UNITS[(m[2] || 's').toLowerCase()] ?? 1);
  return seconds > 0 ? seconds : null;
};
