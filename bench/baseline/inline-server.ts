/**
 * The no-queue baseline: one express handler that parses the upload, extracts the text and calls
 * the AI inline, with the same extractor (@prepkit/extraction, worker threads), the same Gemini
 * generator and the same analyzer grounding as the worker. No queue, no MongoDB, no auth, no
 * retries: what prepkit would be without its queue. Any AI error is answered at once (a 429 from
 * the provider reaches the user as 429, anything else as 502).
 *   PORT=... GEMINI_BASE_URL=... GEMINI_API_KEY=... node bench/baseline/inline-server.ts
 */
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { loadConfig } from '@prepkit/shared';
import type * as Express from 'express';
import { inProcessAnalyzer } from '../../apps/worker/src/analysis/analysis-pool.ts';
import { selectGenerator } from '../../apps/worker/src/generators/select-generator.ts';
import { analyze } from '../../packages/analyzer/src/index.ts';
import { createTextExtractor } from '../../packages/extraction/src/index.ts';

// express is a dependency of apps/api; the baseline borrows that copy.
const express = createRequire(new URL('../../apps/api/package.json', import.meta.url))(
  'express',
) as typeof Express.default;

const config = loadConfig(process.env);
const extractor = createTextExtractor();
const generator = selectGenerator(config.ai, inProcessAnalyzer);
const app = express();

app.post('/api/interview/', async (req, res) => {
  try {
    const request = new Request('http://baseline/', {
      method: 'POST',
      headers: { 'content-type': req.headers['content-type'] ?? '' },
      body: Readable.toWeb(req) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    const form = await request.formData();
    const file = form.get('resume');
    const jobDescription = String(form.get('jobDescription') ?? '');
    const title = String(form.get('title') ?? 'Untitled Position');
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : null;
    const resumeText = bytes ? (await extractor.extract(bytes, 'pdf')).text : '';
    const base = { title, jobDescription, selfDescription: '', resumeText };
    const result = await generator.generate({ ...base, grounding: analyze(base).analysis });
    res.status(201).json({ message: 'Interview report generated successfully.', report: result });
  } catch (error) {
    const code = (error as { code?: string }).code;
    res.status(code === 'AI_RATE_LIMITED' ? 429 : 502).json({ message: String(error), code });
  }
});

app.listen(config.port, '127.0.0.1', () => {
  console.log(`baseline listening on 127.0.0.1:${config.port}`);
});
