import { type Connection, Schema } from 'mongoose';

/** The form in which usernames are compared: two names that differ only by case are one. */
export const usernameKeyOf = (username: string): string => username.toLowerCase();

export const userSchema = new Schema(
  {
    /** As the user typed it (shown back); ASCII letters, digits, `_ . -` for new accounts. */
    username: { type: String, required: true, trim: true },
    /**
     * `usernameKeyOf(username)`, unique: case-insensitive uniqueness without a collation index
     * (FerretDB v1 has none). Accounts from before it existed get one at start-up.
     */
    usernameKey: { type: String, required: true, unique: true },
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
