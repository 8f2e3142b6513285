import { openDatabase } from '@prepkit/db';
import { describe, expect, it } from 'vitest';
import { http, registerUser, startTestApi, useTestApi } from '../../../test/support/api-harness.ts';
import { makeTestConfig, uniqueId } from '../../../test/support/test-config.ts';

const api = useTestApi({ AUTH_RATE_LIMIT_MAX: '1000' });

const register = (body: Record<string, string>, base = api.url) =>
  http<{ code: string; message: string; user: { username: string } }>(`${base}/api/auth/register`, {
    method: 'POST',
    json: body,
  });

describe('finding 11: usernames', () => {
  it('when a username differs from a taken one only by case, then 409, and the first keeps its spelling', async () => {
    const name = `Alice_${uniqueId()}`;
    const first = await register({
      username: name,
      email: `${uniqueId()}@example.test`,
      password: 'long enough pw',
    });
    expect(first.status).toBe(201);
    expect(first.body.user.username).toBe(name);
    const again = await register({
      username: name.toLowerCase(),
      email: `${uniqueId()}@example.test`,
      password: 'long enough pw',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CONFLICT');
  });

  it.each([
    ['a Cyrillic look-alike letter', `\u0430lice_${Date.now()}`],
    ['an accented letter', `jos\u00e9_${Date.now()}`],
    ['a space', 'two words'],
  ])('when a username contains %s, then 400 naming the allowed characters', async (_, username) => {
    const res = await register({
      username,
      email: `${uniqueId()}@example.test`,
      password: 'long enough pw',
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_ERROR');
    expect(res.body.message).toBe(
      "'username' may contain only ASCII letters, digits, '_', '.' and '-'.",
    );
  });

  it('when a database from before case-insensitive names holds Bob and bob, then the API still starts, both log in, and BOB is refused', async () => {
    const config = makeTestConfig({ AUTH_RATE_LIMIT_MAX: '1000' });
    const seeded = await openDatabase(config.mongodbUri);
    const hash = await import('../src/auth/password.ts').then((m) =>
      m.hashPassword('long enough pw'),
    );
    // Written the way the old schema stored users: no normalized name field, no index on it.
    await seeded.connection
      .collection('users')
      .dropIndex('usernameKey_1')
      .catch(() => undefined);
    await seeded.connection.collection('users').insertMany([
      { username: 'Bob', email: 'bob1@example.test', passwordHash: hash },
      { username: 'bob', email: 'bob2@example.test', passwordHash: hash },
    ]);
    await seeded.close();

    const old = await startTestApi(config);
    try {
      for (const email of ['bob1@example.test', 'bob2@example.test']) {
        const res = await http(`${old.url}/api/auth/login`, {
          method: 'POST',
          json: { email, password: 'long enough pw' },
        });
        expect(res.status, email).toBe(200);
      }
      const clash = await register(
        { username: 'BOB', email: 'bob3@example.test', password: 'long enough pw' },
        old.url,
      );
      expect(clash.status).toBe(409);
    } finally {
      await old.close();
    }
  });
});

describe('finding 12: weak passwords', () => {
  it.each([
    ['eight spaces', ' '.repeat(8), "'password' must not be blank."],
    ['one repeated letter', 'aaaaaaaa', "'password' must not be one character repeated."],
    ['one repeated digit', '0000000000', "'password' must not be one character repeated."],
    [
      'a well-known password',
      'password1',
      "'password' is a well-known password (on public lists of leaked passwords); choose another.",
    ],
    [
      'a well-known password in other case',
      'IloveYou1',
      "'password' is a well-known password (on public lists of leaked passwords); choose another.",
    ],
  ])('when registering with %s, then 400 naming the rule', async (_, password, message) => {
    const res = await register({
      username: `weak_${uniqueId()}`,
      email: `${uniqueId()}@example.test`,
      password,
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_ERROR');
    expect(res.body.message).toBe(message);
  });

  it('when the password is long and uncommon, then registration succeeds', async () => {
    const { user } = await registerUser(api.url, { password: 'maple ferry 42 lantern' });
    expect(user.id).toEqual(expect.any(String));
  });
});
