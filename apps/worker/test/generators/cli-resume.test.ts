import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tailoredResumeSchema } from '@prepkit/shared';
import { describe, expect, it } from 'vitest';
import { runReportCommand } from '../../src/cli/report.command.ts';
import { runResumeCommand } from '../../src/cli/resume.command.ts';

const CORPUS = fileURLToPath(new URL('../../../../../shared/corpus/', import.meta.url));
const RESUME = `${CORPUS}resumes/pdf/resumematcher__barry_allen_fe.pdf`;
const JD = `${CORPUS}jobs/resumematcher__frontend-eng.txt`;

const capture = () => {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      stdout: (t: string) => {
        out.stdout += t;
      },
      stderr: (t: string) => {
        out.stderr += t;
      },
    },
  };
};

describe('prepkit resume and report --format pdf', () => {
  it('when a corpus resume is tailored as JSON, then a valid tailored resume that the grounding check left whole', async () => {
    const { out, io } = capture();
    expect(await runResumeCommand(['--resume', RESUME, '--jd', JD, '--format', 'json'], io)).toBe(
      0,
    );
    const resume = tailoredResumeSchema.parse(JSON.parse(out.stdout));
    expect(resume.name).toBe('Barry Allen');
    expect(resume.warnings).toEqual([]);
    expect(out.stderr).toBe('');
  });

  it('when PDFs are asked for with --out, then PDF files are written; without --out, a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prepkit-cli-'));
    const { io } = capture();
    expect(
      await runResumeCommand(
        ['--resume', RESUME, '--jd', JD, '--format', 'pdf', '--out', join(dir, 'r.pdf')],
        io,
      ),
    ).toBe(0);
    expect(readFileSync(join(dir, 'r.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      await runReportCommand(
        ['--resume', RESUME, '--jd', JD, '--format', 'pdf', '--out', join(dir, 'p.pdf')],
        io,
      ),
    ).toBe(0);
    expect(readFileSync(join(dir, 'p.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const bad = capture();
    expect(
      await runResumeCommand(['--resume', RESUME, '--jd', JD, '--format', 'pdf'], bad.io),
    ).toBe(2);
    expect(bad.out.stderr).toContain('--format pdf needs --out FILE.');
  });
});
