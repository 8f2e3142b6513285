import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestConfig } from '../../../test/support/test-config.ts';
import { until } from '../../../test/support/until.ts';
import { createUploadFolder } from '../src/interview/upload-folder.ts';
import { form, postInterview, type Stack, startStack } from './support/interview-stack.ts';

const MiB = 1024 * 1024;
const pdfOf = (size: number) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]);

const openFds = () => readdirSync('/proc/self/fd').length;

/** Polls `check` until it holds (a generous limit: it only means "did not happen"). */
/**
 * Sends the head of a multipart POST that announces `total` body bytes, then `sent` of them,
 * and returns the socket (still open) so the caller decides when the client goes away.
 */
const startUpload = async (stack: Stack, total: number, sent: number) => {
  const { hostname, port } = new URL(stack.api.url);
  const boundary = 'x-prepkit-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="jobDescription"\r\n\r\nBackend engineer\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="resume"; filename="r.pdf"\r\n` +
      'Content-Type: application/pdf\r\n\r\n%PDF-1.7\n',
  );
  const socket = connect(Number(port), hostname);
  await new Promise<void>((r) => socket.once('connect', () => r()));
  socket.on('error', () => {});
  socket.write(
    `POST /api/interview/ HTTP/1.1\r\nHost: ${hostname}\r\nCookie: ${stack.cookie}\r\n` +
      `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${total}\r\n\r\n`,
  );
  socket.write(head);
  socket.write(Buffer.alloc(sent - head.length, 0x20));
  return socket;
};

describe('upload temp files', () => {
  let stack: Stack;
  let baseDir: string;
  beforeAll(async () => {
    baseDir = mkdtempSync(join(tmpdir(), 'prepkit-upload-test-'));
    stack = await startStack(
      makeTestConfig({
        RESUME_MAX_BYTES: String(MiB),
        SYNC_TIMEOUT_MS: '100',
        UPLOAD_TMP_DIR: baseDir,
      }),
      false,
    );
  });
  afterAll(() => stack?.close());

  it('when the API starts, then its upload folder is private to it (0700) under UPLOAD_TMP_DIR', () => {
    expect(dirname(dirname(stack.api.uploadDir))).toBe(baseDir);
    expect(statSync(stack.api.uploadDir).mode & 0o777).toBe(0o700);
    expect(statSync(dirname(stack.api.uploadDir)).mode & 0o777).toBe(0o700);
  });

  it('when uploads are refused with 413, malformed or cut off mid-body, then no file and no open handle is left', async () => {
    // Warm up the client's connection pool, so the fds it keeps are counted in the baseline.
    await postInterview(stack, { jobDescription: 'warm-up', selfDescription: 'warm-up' });
    const before = openFds();

    const refused = await Promise.all(
      Array.from({ length: 3 }, () =>
        postInterview(
          stack,
          form(
            { jobDescription: 'Backend' },
            { filename: 'big.pdf', type: 'application/pdf', data: pdfOf(MiB + 1) },
          ),
        ),
      ),
    );
    expect(refused.map((r) => r.status)).toEqual([413, 413, 413]);
    expect(refused[0]!.body.code).toBe('PAYLOAD_TOO_LARGE');

    // A multipart body that ends in the middle of the file part (no closing boundary).
    const malformed = await fetch(`${stack.api.url}/api/interview/`, {
      method: 'POST',
      headers: { cookie: stack.cookie, 'content-type': 'multipart/form-data; boundary=zz' },
      body: '--zz\r\nContent-Disposition: form-data; name="resume"; filename="r.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7 and then nothing',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { code: string }).code).toBe('VALIDATION_ERROR');

    // Clients that go away after sending part of the body, their file half written.
    for (let i = 0; i < 2; i += 1) {
      const socket = await startUpload(stack, 4 * MiB, 512 * 1024);
      await until(
        async () => (await readdir(stack.api.uploadDir)).length > 0,
        'the file is on disk',
      );
      const [name] = await readdir(stack.api.uploadDir);
      expect(statSync(join(stack.api.uploadDir, name!)).mode & 0o777).toBe(0o600);
      socket.destroy();
      await until(
        async () => (await readdir(stack.api.uploadDir)).length === 0,
        'the file is removed',
      );
    }

    expect(readdirSync(stack.api.uploadDir)).toEqual([]);
    await until(() => openFds() <= before, `open fds are back to ${before} (now ${openFds()})`);
    expect(await stack.api.db.jobs.countStoredFiles()).toBe(0);
  });

  it('when a resume is exactly RESUME_MAX_BYTES, then it is accepted; one byte more gets 413', async () => {
    const exact = await postInterview(
      stack,
      form(
        { jobDescription: 'Backend' },
        { filename: 'a.pdf', type: 'application/pdf', data: pdfOf(MiB) },
      ),
    );
    expect(exact.status).toBe(202);
    const over = await postInterview(
      stack,
      form(
        { jobDescription: 'Backend' },
        { filename: 'b.pdf', type: 'application/pdf', data: pdfOf(MiB + 1) },
      ),
    );
    expect(over.status).toBe(413);
    expect(readdirSync(stack.api.uploadDir)).toEqual([]);
  });
});

describe('upload folders left by a crashed API', () => {
  it('when an API starts, then it removes the folders of API processes that are gone, and no live one', async () => {
    const base = mkdtempSync(join(tmpdir(), 'prepkit-upload-sweep-'));
    // A pid that certainly ended: a child that has exited.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const first = await createUploadFolder({ baseDir: base });
    const root = dirname(first.dir);
    mkdirSync(join(root, `api-${dead}-deadbeef`));
    writeFileSync(join(root, `api-${dead}-deadbeef`, 'half-written'), 'x');
    const swept: string[] = [];
    const second = await createUploadFolder({ baseDir: base, onSwept: (n) => swept.push(...n) });
    expect(swept).toEqual([`api-${dead}-deadbeef`]);
    expect(readdirSync(root).sort()).toEqual(
      [first.dir, second.dir].map((d) => d.slice(root.length + 1)).sort(),
    );
    await first.close();
    await second.close();
    expect(readdirSync(root)).toEqual([]);
  });
});
