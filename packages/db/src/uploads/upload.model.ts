import { type Connection, Schema } from 'mongoose';

/**
 * A resume file kept between the API and the worker: one document with the bytes in a binary
 * field (uploads are far below Mongo's 16 MiB document limit; no GridFS, which FerretDB lacks).
 * Deleted once the job it belongs to reaches a final state.
 */
export const uploadSchema = new Schema(
  {
    owner: { type: Schema.Types.ObjectId, required: true, index: true },
    filename: { type: String, default: '' },
    mimeType: { type: String, default: '' },
    kind: { type: String, enum: ['pdf', 'docx'], required: true },
    size: { type: Number, required: true },
    data: { type: Buffer, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);

export const createUploadModel = (connection: Connection) =>
  connection.model('Upload', uploadSchema, 'uploads');

export type UploadModel = ReturnType<typeof createUploadModel>;
