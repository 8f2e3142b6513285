import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { analysisSchema, ERRORS, generatedReportSchema } from '@prepkit/shared';
import { describe, expect, it } from 'vitest';
import { renderResumeWithHiddenLine } from '../../../../packages/analyzer/eval/stuffed-pdf.ts';
import { runReportCommand } from '../../src/cli/report.command.ts';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../../src/cli/prepkit.ts', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../../../../shared/corpus/', import.meta.url));
const JD = `${CORPUS}jobs/resumematcher__frontend-eng.txt`;

/** Spawns `node prepkit.ts ...args` and returns its exit code and output. */
const prepkit = async (
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> => {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

/** Runs the command in-process, capturing what it prints. */
const inProcess = async (
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> => {
  let stdout = '';
  let stderr = '';
  const code = await runReportCommand(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
};

describe('prepkit report (CLI)', () => {
  it('when run on a corpus resume and a JD file, then it prints the JSON report and exits 0', async () => {
    const { code, stdout } = await prepkit(
      'report',
      '--resume',
      `${CORPUS}resumes/pdf/resumematcher__barry_allen_fe.pdf`,
      '--jd',
      JD,
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual([
      'title',
      'jobDescription',
      'resume',
      'selfDescription',
      'matchScore',
      'technicalQuestions',
      'behavioralQuestions',
      'skillGaps',
      'preparationPlan',
      'generator',
      'analysis',
    ]);
    expect(report.title).toBe('Senior Frontend Engineer');
    expect(report.resume).toContain('Barry Allen');
    expect(report.generator).toEqual({
      name: 'local',
      model: expect.stringMatching(/^prepkit-analyzer@/),
    });
    expect(generatedReportSchema.parse(report)).toMatchObject({ matchScore: report.matchScore });
    expect(analysisSchema.parse(report.analysis)).toEqual(report.analysis);
  });

  it('when --format md is given, then readable Markdown is printed', async () => {
    const { code, stdout } = await prepkit(
      'report',
      '--resume',
      `${CORPUS}resumes/docx/resume-builder__sample-resume.docx`,
      '--jd-text',
      'Senior React developer with TypeScript and AWS.',
      '--format',
      'md',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Interview preparation: /);
    expect(stdout).toContain('## Technical questions');
    expect(stdout).toContain('### Day 1:');
  });

  it('when the resume is password-protected, then the documented message is on stderr and the exit code is 2', async () => {
    const { code, stdout, stderr } = await prepkit(
      'report',
      '--resume',
      `${CORPUS}hostile/pdfjs__issue6010_1.pdf`,
      '--jd',
      JD,
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(ERRORS.RESUME_UNREADABLE.message);
  });

  it('when the resume has no text or is not a PDF/DOCX, then RESUME_EMPTY / UNSUPPORTED_FILE_TYPE with exit 2', async () => {
    const empty = await inProcess(['--resume', `${CORPUS}hostile/pdfjs__empty.pdf`, '--jd', JD]);
    expect([empty.code, empty.stderr.trim()]).toEqual([2, ERRORS.RESUME_EMPTY.message]);
    const text = await inProcess(['--resume', JD, '--jd', JD]);
    expect([text.code, text.stderr.trim()]).toEqual([2, ERRORS.UNSUPPORTED_FILE_TYPE.message]);
  });

  it('when an unusable resume comes with --self, then the report is made from the self-description', async () => {
    const { code, stdout, stderr } = await inProcess([
      '--resume',
      `${CORPUS}hostile/pdfjs__empty.pdf`,
      '--jd',
      JD,
      '--self',
      'I build React apps in TypeScript.',
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain(ERRORS.RESUME_EMPTY.message);
    expect(
      JSON.parse(stdout).analysis.matchedSkills.map((m: { skill: string }) => m.skill),
    ).toContain('React');
  });

  it('when arguments are missing or unknown, then the usage is printed and the exit code is 2', async () => {
    const none = await prepkit();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: ./scripts/prepkit report');
    for (const args of [
      ['--jd', JD],
      ['--self', 'x'],
      ['--self', 'x', '--jd', JD, '--jd-text', 'y'],
      ['--self', 'x', '--jd', JD, '--format', 'xml'],
      ['--bogus'],
    ]) {
      const r = await inProcess(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('Usage:');
    }
  });

  it('when run on every resume of the corpus, then each gives a valid report', async () => {
    const files = ['pdf', 'docx'].flatMap((d) =>
      readdirSync(`${CORPUS}resumes/${d}`).map((f) => `${CORPUS}resumes/${d}/${f}`),
    );
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const file of files) {
      const r = await inProcess(['--resume', file, '--jd', JD]);
      expect(r.code, `${file}: ${r.stderr}`).toBe(0);
      expect(() => generatedReportSchema.parse(JSON.parse(r.stdout))).not.toThrow();
    }
    // 22 documents extracted one after the other: a generous "did not hang" on a loaded machine.
  }, 300_000);

  it('when the resume PDF hides a line of skills in white, then the line is left out and the report warns HIDDEN_TEXT', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prepkit-cli-hidden-'));
    const file = join(dir, 'resume.pdf');
    writeFileSync(
      file,
      await renderResumeWithHiddenLine(
        'Jane Roe\nReal estate analyst at Acme Realty, 2019 - 2024.\nPrepared property valuations.',
        'Skills: React, TypeScript, GraphQL, Next.js, Tailwind CSS',
      ),
    );
    const { code, stdout } = await inProcess(['--resume', file, '--jd', JD]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.resume).not.toContain('GraphQL');
    expect(report.analysis.warnings.map((w: { code: string }) => w.code)).toContain('HIDDEN_TEXT');
  });
});

describe('./scripts/prepkit', () => {
  const WRAPPER = fileURLToPath(new URL('../../../../scripts/prepkit', import.meta.url));

  it('when run with no Node or pnpm on PATH from another directory, then it brings the toolchain and prints the report of relative files', async () => {
    const { stdout } = await run(
      WRAPPER,
      ['report', '--jd', 'jobs/resumematcher__frontend-eng.txt', '--self', 'React developer'],
      {
        cwd: CORPUS,
        env: { HOME: process.env.HOME ?? '/tmp', PATH: '/usr/bin:/bin' },
        maxBuffer: 32 * 1024 * 1024,
      },
    );
    expect(generatedReportSchema.safeParse(JSON.parse(stdout)).success).toBe(true);
  });

  it('when asked for help, then every flag of report is described', async () => {
    const { stdout } = await run(WRAPPER, ['report', '--help'], {
      env: { HOME: process.env.HOME ?? '/tmp', PATH: '/usr/bin:/bin' },
    });
    for (const flag of ['--resume', '--jd', '--jd-text', '--self', '--title', '--format', '--help'])
      expect(stdout).toContain(flag);
  });
});
