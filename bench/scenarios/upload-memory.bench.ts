import { registerCookie, SAMPLE_PDF, submit } from '../lib/client.ts';
import { rssBytes } from '../lib/processes.ts';
import { type BenchContext, fmt, type ScenarioResult } from '../lib/scenario.ts';
import { startQueuedStack } from '../lib/stack.ts';
import { median, sleep } from '../lib/stats.ts';

const MiB = 1024 * 1024;

/** A PDF of just under 5 MiB: the sample resume padded after its %%EOF. */
const bigPdf = (): Uint8Array => {
  const out = new Uint8Array(5 * MiB - 4096);
  out.set(SAMPLE_PDF);
  out.fill(0x20, SAMPLE_PDF.length);
  return out;
};

/** Benchmark 5: API peak RSS over idle during 50 concurrent 5 MiB uploads. */
export const uploadMemoryBench = async (ctx: BenchContext): Promise<ScenarioResult> => {
  const reps = ctx.quick ? 1 : 3;
  const uploads = 50;
  const file = bigPdf();
  const deltas: number[] = [];
  const statuses: number[] = [];
  for (let r = 0; r < reps; r++) {
    const stack = await startQueuedStack(ctx.services, {
      fake: { latencyMs: 0 },
      workers: 0,
      env: { SYNC_TIMEOUT_MS: '1' },
    });
    try {
      const cookie = await registerCookie(stack.api.url);
      for (let i = 0; i < 3; i++) await submit(stack.api.url, cookie); // warm-up
      await sleep(1_000);
      const pid = stack.api.child.pid;
      const idle = rssBytes(pid);
      let peak = idle;
      const sampler = setInterval(() => {
        peak = Math.max(peak, rssBytes(pid));
      }, 5);
      const res = await Promise.all(
        Array.from({ length: uploads }, () => submit(stack.api.url, cookie, file)),
      );
      clearInterval(sampler);
      statuses.push(...res.map((x) => x.status));
      deltas.push((peak - idle) / MiB);
      ctx.log(
        `upload memory run ${r + 1}/${reps}: idle ${fmt(idle / MiB)} MiB, peak ${fmt(peak / MiB)} MiB`,
      );
    } finally {
      await stack.stop();
    }
  }
  const delta = median(deltas);
  const accepted = statuses.filter((s) => s === 202 || s === 201).length;
  return {
    title: '5. Upload memory: 50 concurrent 5 MiB uploads',
    method: `50 simultaneous multipart POSTs of a ${fmt(file.length / MiB, 2)} MiB PDF to the API process (no worker: jobs stay queued). RSS of the API process sampled every 5 ms from /proc; peak minus idle (after warm-up); median of ${reps} run(s).`,
    lines: [
      '| figure | value |',
      '|---|---|',
      `| API peak RSS over idle (MiB, median) | ${fmt(delta)} |`,
      `| runs (MiB) | ${deltas.map((d) => fmt(d)).join(', ')} |`,
      `| uploads accepted (201/202) | ${accepted} of ${statuses.length} |`,
    ],
    targets: [
      {
        name: 'API peak RSS over idle',
        value: `${fmt(delta)} MiB`,
        target: '< 100 MB',
        met: delta * 1.048576 < 100,
      },
    ],
  };
};
