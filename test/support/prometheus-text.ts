/**
 * Reads one sample from a Prometheus text exposition: the value of `name` whose labels include
 * every pair of `labels` (summed when several series match), 0 when none does.
 */
export const sampleValue = (
  text: string,
  name: string,
  labels: Record<string, string> = {},
): number => {
  let total = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const seen = Object.fromEntries(
      [...(match[3] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => seen[k] === v)) total += Number(match[4]);
  }
  return total;
};

/** Whether the exposition has at least one series of `name`. */
export const hasSeries = (text: string, name: string): boolean =>
  text.split('\n').some((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
