import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http, registerUser } from '../../../test/support/api-harness.ts';
import { makeTestConfig, uniqueId } from '../../../test/support/test-config.ts';
import { type Stack, startStack } from './support/interview-stack.ts';

describe('the queue dashboard at /admin/queues', () => {
  const adminEmail = `admin_${uniqueId()}@example.test`;
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(
      makeTestConfig({ ADMIN_EMAILS: `other@example.test, ${adminEmail.toUpperCase()}` }),
      false,
    );
  });
  afterAll(() => stack?.close());

  it('when no session is sent, then 401 JSON', async () => {
    const res = await http(`${stack.api.url}/admin/queues`);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('when a signed-in user is not in ADMIN_EMAILS, then 403 JSON, for the page and its API alike', async () => {
    const res = await http(`${stack.api.url}/admin/queues`, { headers: { cookie: stack.cookie } });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'FORBIDDEN' });
    const api = await fetch(`${stack.api.url}/admin/queues/api/queues`, {
      headers: { cookie: stack.cookie },
    });
    expect(api.status).toBe(403);
    await api.arrayBuffer();
  });

  it('when an admin opens it, then the dashboard and its queue API answer with the interview queue', async () => {
    const admin = await registerUser(stack.api.url, { email: adminEmail });
    await stack.api.queue.enqueue('aaaaaaaaaaaaaaaaaaaaaaaa');
    const page = await http(`${stack.api.url}/admin/queues`, { headers: { cookie: admin.cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const api = await fetch(`${stack.api.url}/admin/queues/api/queues`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(api.status).toBe(200);
    const body = (await api.json()) as {
      queues: Array<{ name: string; counts: Record<string, number> }>;
    };
    const queue = body.queues.find((q) => q.name === 'interview-reports');
    expect(queue?.counts.waiting).toBe(1);
  });
});
