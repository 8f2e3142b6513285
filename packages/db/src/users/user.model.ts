import { type Connection, Schema } from 'mongoose';

export const userSchema = new Schema(
  {
    username: { type: String, required: true, trim: true, unique: true },
    /** Stored lower-case; unique. */
    email: { type: String, required: true, trim: true, lowercase: true, unique: true },
    /** argon2id PHC string. Never returned by the API. */
    passwordHash: { type: String, required: true },
  },
  { timestamps: true },
);

export const createUserModel = (connection: Connection) =>
  connection.model('User', userSchema, 'users');

export type UserModel = ReturnType<typeof createUserModel>;
