import type { Connection } from 'mongoose';
import { usernameKeyOf } from './user.model.ts';

/**
 * Gives every account stored before `usernameKey` existed its key, so the unique index on it can
 * be built. Must run before the User model is created (mongoose builds indexes right then).
 * Accounts are taken oldest first; when an older one already holds a name in another case
 * (`Bob` beside `bob`), the newer gets `<name>~<id>`: unique, and never equal to the key of a new
 * account (`~` is outside the username pattern), so both still log in and the name stays taken.
 * Idempotent, and safe when several processes start at once (each writes only missing keys).
 */
export const backfillUsernameKeys = async (connection: Connection): Promise<number> => {
  const users = connection.db?.collection('users');
  if (!users) return 0;
  const missing = await users
    .find({ usernameKey: { $exists: false } }, { projection: { username: 1 } })
    .sort({ _id: 1 })
    .toArray();
  let written = 0;
  for (const user of missing) {
    const key = usernameKeyOf(String(user.username));
    const taken = await users.findOne(
      { usernameKey: key, _id: { $ne: user._id } },
      { projection: { _id: 1 } },
    );
    const result = await users.updateOne(
      { _id: user._id, usernameKey: { $exists: false } },
      { $set: { usernameKey: taken ? `${key}~${user._id.toString()}` : key } },
    );
    written += result.modifiedCount;
  }
  return written;
};
