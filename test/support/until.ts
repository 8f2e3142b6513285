/**
 * Polls `check` until it holds, or throws "timed out waiting until <what>" after `limitMs`.
 * The limit is a generous "did not hang", never a speed assertion.
 */
export const until = async (
  check: () => boolean | Promise<boolean>,
  what: string,
  limitMs = 20_000,
  everyMs = 50,
): Promise<void> => {
  const deadline = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
};
