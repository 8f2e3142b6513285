import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerUser } from '../../../test/support/api-harness.ts';
import { readCorpusText } from '../../../test/support/corpus.ts';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import { form, pdfPart, postInterview, type Stack, startStack } from './support/interview-stack.ts';
import { bytes, call, extractPdfText, type Json, tailorAndWait } from './support/resume-client.ts';

const JD = readCorpusText('jobs/resumematcher__frontend-eng.txt');
const SCRIPT = '<script>alert(1)</script>';

describe('tailored resumes (offline generator)', () => {
  let stack: Stack;
  let reportId: string;
  let other: string;
  beforeAll(async () => {
    stack = await startStack(makeTestConfig());
    const res = await postInterview(
      stack,
      form(
        {
          jobDescription: JD,
          title: 'Frontend Engineer',
          selfDescription: `I build accessible React apps.\n${SCRIPT}`,
        },
        pdfPart('resumes/pdf/resumematcher__barry_allen_fe.pdf'),
      ),
    );
    expect(res.status, res.text).toBe(201);
    reportId = res.body.interviewReport._id;
    other = (await registerUser(stack.api.url)).cookie;
  });
  afterAll(async () => stack?.close());

  it('when a tailored resume is asked for, then 202 + Location of its job, which completes; JSON, HTML and PDF serve it', async () => {
    const res = await call(stack, `/api/interview/report/${reportId}/resume`, { method: 'POST' });
    expect(res.status, res.text).toBe(202);
    const location = res.headers.get('location')!;
    expect(location).toBe(`/api/interview/report/${reportId}/resume/jobs/${res.body.jobId}`);
    expect(res.body.statusUrl).toBe(location);
    let job: Json = {};
    for (let i = 0; i < 200 && job.status !== 'completed'; i++) {
      job = (await call(stack, location)).body;
      if (job.status !== 'completed') await new Promise((r) => setTimeout(r, 100));
    }
    expect(job).toMatchObject({ status: 'completed', progress: 100, error: null });
    expect(job.resumeUrl).toBe(`/api/interview/report/${reportId}/resume`);

    const json = await call(stack, job.resumeUrl);
    expect(json.status).toBe(200);
    const resume = json.body.tailoredResume;
    expect(resume).toMatchObject({
      name: 'Barry Allen',
      warnings: [],
      generator: { name: 'local' },
    });
    expect(resume.headline).toMatch(/^Frontend Engineer/);
    expect(resume.skills[0].group).toBe('Skills for this role');
    expect(resume.experience[0]).toMatchObject({ organization: 'Google', start: 'June 2022' });
    expect(resume.summary).toContain(SCRIPT);

    const html = await call(stack, `${job.resumeUrl}.html`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.text).not.toMatch(/<script/i);
    expect(html.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // The web app previews it in a same-origin frame: nothing else may frame it, nothing runs.
    expect(html.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const policy = html.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/script-src/);

    const pdf = await bytes(stack, `${job.resumeUrl}.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe(
      'attachment; filename="Barry-Allen-Frontend-Engineer.pdf"',
    );
    const text = await extractPdfText(pdf.body);
    expect(text).toContain('Barry Allen');
    expect(text).toContain(SCRIPT);
    for (const e of resume.experience) expect(text).toContain(e.organization);
    for (const s of resume.skills.flatMap((g: Json) => g.items)) expect(text).toContain(s);
  });

  it('when it is asked for again (or waited for with Prefer: wait), then the same job answers: no second resume', async () => {
    const first = await tailorAndWait(stack, reportId);
    expect(first.status, first.text).toBe(200);
    expect(first.body.message).toBe('Tailored resume generated successfully.');
    const again = await call(stack, `/api/interview/report/${reportId}/resume`, { method: 'POST' });
    expect(again.body.jobId).toBe(first.body.tailoredResume.jobId);
  });

  it('when the web client calls the compatibility route, then 200 with the HTML, or the PDF bytes for Accept: application/pdf', async () => {
    const json = await call(stack, `/api/interview/resume/pdf/${reportId}`, { method: 'POST' });
    expect(json.status, json.text).toBe(200);
    expect(json.body.message).toBe('Resume HTML generated successfully.');
    expect(json.body.html).toMatch(/^<!doctype html>/);
    expect(json.body.html).toContain('Barry Allen');
    const pdf = await bytes(stack, `/api/interview/resume/pdf/${reportId}`, {
      method: 'POST',
      headers: { accept: 'application/pdf' },
    });
    expect(pdf.status).toBe(200);
    expect(Buffer.from(pdf.body.subarray(0, 5)).toString()).toBe('%PDF-');
  });

  it("when the report is another user's, malformed or missing, then the same 404 JSON on every route", async () => {
    const paths = (id: string) => [
      ['POST', `/api/interview/report/${id}/resume`],
      ['GET', `/api/interview/report/${id}/resume`],
      ['GET', `/api/interview/report/${id}/resume.html`],
      ['GET', `/api/interview/report/${id}/resume.pdf`],
      ['POST', `/api/interview/resume/pdf/${id}`],
      ['GET', `/api/interview/report/${id}/export?format=pdf`],
    ];
    const cases = [
      ...paths(reportId).map(([m, p]) => [m, p, other]),
      ...paths('not-an-id').map(([m, p]) => [m, p, stack.cookie]),
      ...paths('0123456789abcdef01234567').map(([m, p]) => [m, p, stack.cookie]),
    ] as [string, string, string][];
    for (const [method, path, cookie] of cases) {
      const res = await call(stack, path, { method }, cookie);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body).toMatchObject({ code: 'NOT_FOUND', message: 'Interview report not found.' });
    }
  });

  it('when the report is exported, then Markdown, PDF and JSON downloads of it', async () => {
    const md = await call(stack, `/api/interview/report/${reportId}/export?format=md`);
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(md.text).toMatch(/^# Interview preparation: Frontend Engineer/);
    expect(md.headers.get('content-disposition')).toBe(
      'attachment; filename="Frontend-Engineer-interview-prep.md"',
    );
    const pdf = await bytes(stack, `/api/interview/report/${reportId}/export?format=pdf`);
    expect(pdf.status).toBe(200);
    expect(await extractPdfText(pdf.body)).toContain('Interview preparation: Frontend Engineer');
    const json = await call(stack, `/api/interview/report/${reportId}/export?format=json`);
    expect(json.body.interviewReport._id).toBe(reportId);
    const bad = await call(stack, `/api/interview/report/${reportId}/export?format=docx`);
    expect(bad.status).toBe(400);
  });

  it('when a queued tailoring is cancelled, then 204 and the job ends cancelled; a finished one is 409', async () => {
    const res = await postInterview(stack, {
      jobDescription: 'Backend engineer: Node.js, TypeScript.',
      selfDescription: 'Node.js developer with TypeScript.',
    });
    const id = res.body.interviewReport._id;
    await stack.worker!.resumeWorker.pause();
    try {
      const queued = await call(stack, `/api/interview/report/${id}/resume`, { method: 'POST' });
      const location = queued.headers.get('location')!;
      const cancel = await call(stack, location, { method: 'DELETE' });
      expect(cancel.status, cancel.text).toBe(204);
      expect((await call(stack, location)).body).toMatchObject({ status: 'cancelled' });
    } finally {
      stack.worker!.resumeWorker.resume();
    }
    const done = await tailorAndWait(stack, id);
    expect(done.status, done.text).toBe(200);
    const finished = `/api/interview/report/${id}/resume/jobs/${done.body.tailoredResume.jobId}`;
    expect((await call(stack, finished, { method: 'DELETE' })).status).toBe(409);
  });

  it('when a report is deleted, then its tailored resumes go with it', async () => {
    const res = await postInterview(stack, {
      jobDescription: 'Backend engineer: Go, PostgreSQL.',
      selfDescription: 'Go developer; PostgreSQL in production.',
    });
    const id = res.body.interviewReport._id;
    expect((await tailorAndWait(stack, id)).status).toBe(200);
    expect((await call(stack, `/api/interview/report/${id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    expect(await stack.api.db.tailoredResumes.latestForReport(id)).toBeNull();
    expect((await call(stack, `/api/interview/report/${id}/resume`)).status).toBe(404);
  });
});
