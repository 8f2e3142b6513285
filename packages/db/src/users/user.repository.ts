import type { PublicUser } from '@prepkit/shared';
import { isValidObjectId } from 'mongoose';
import { isDuplicateKeyError } from '../connection.ts';
import { type UserModel, usernameKeyOf } from './user.model.ts';

export interface StoredUser extends PublicUser {
  passwordHash: string;
}

export interface UserRepository {
  /** Creates the user; returns null when the email or the username (in any case) is taken. */
  create(input: {
    username: string;
    email: string;
    passwordHash: string;
  }): Promise<StoredUser | null>;
  findByEmail(email: string): Promise<StoredUser | null>;
  findById(id: string): Promise<StoredUser | null>;
  existsByEmailOrUsername(email: string, username: string): Promise<boolean>;
}

type Raw = { _id: { toString(): string }; username: string; email: string; passwordHash: string };
const toStored = (doc: Raw): StoredUser => ({
  id: doc._id.toString(),
  username: doc.username,
  email: doc.email,
  passwordHash: doc.passwordHash,
});

export const createUserRepository = (model: UserModel): UserRepository => ({
  async create(input) {
    try {
      const doc = await model.create({ ...input, usernameKey: usernameKeyOf(input.username) });
      return toStored(doc);
    } catch (error) {
      if (isDuplicateKeyError(error)) return null;
      throw error;
    }
  },
  async findByEmail(email) {
    const doc = await model.findOne({ email: email.toLowerCase() }).lean<Raw>();
    return doc ? toStored(doc) : null;
  },
  async findById(id) {
    if (!isValidObjectId(id)) return null;
    const doc = await model.findById(id).lean<Raw>();
    return doc ? toStored(doc) : null;
  },
  async existsByEmailOrUsername(email, username) {
    const found = await model.exists({
      $or: [{ email: email.toLowerCase() }, { usernameKey: usernameKeyOf(username) }],
    });
    return found !== null;
  },
});

/** Strips private fields for API responses. */
export const toPublicUser = (user: StoredUser): PublicUser => ({
  id: user.id,
  username: user.username,
  email: user.email,
});
