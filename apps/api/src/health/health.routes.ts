import { Router } from 'express';

export interface HealthDeps {
  /** Each backing service and how to ask whether it answers. */
  checks: Record<string, () => Promise<boolean>>;
  /** How long one check may take before it counts as down. */
  timeoutMs?: number;
}

const withTimeout = (p: Promise<boolean>, ms: number) =>
  Promise.race([
    p.catch(() => false),
    new Promise<boolean>((r) => setTimeout(r, ms, false).unref()),
  ]);

/** GET /healthz (the process is up) and GET /readyz (every backing service answers). */
export const createHealthRoutes = (deps: HealthDeps): Router => {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    const names = Object.keys(deps.checks);
    const results = await Promise.all(
      names.map((n) => withTimeout(deps.checks[n]!(), deps.timeoutMs ?? 1_500)),
    );
    const services = Object.fromEntries(names.map((n, i) => [n, results[i] ? 'up' : 'down']));
    const down = names.filter((_, i) => !results[i]);
    if (down.length === 0) {
      res.json({ status: 'ready', services });
      return;
    }
    res.status(503).json({
      message: `Not ready: ${down.join(', ')} ${down.length === 1 ? 'is' : 'are'} down.`,
      code: 'SERVICE_UNAVAILABLE',
      requestId: req.id,
      services,
    });
  });
  return router;
};
