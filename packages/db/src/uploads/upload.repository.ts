import { isValidObjectId, Types } from 'mongoose';
import type { UploadModel } from './upload.model.ts';

export interface NewUpload {
  owner: string;
  filename: string;
  mimeType: string;
  kind: 'pdf' | 'docx';
  data: Uint8Array;
}

export interface StoredUpload extends Omit<NewUpload, 'data'> {
  id: string;
  size: number;
  data: Buffer;
}

export interface UploadRepository {
  create(upload: NewUpload): Promise<string>;
  findById(id: string): Promise<StoredUpload | null>;
  delete(id: string): Promise<void>;
  count(): Promise<number>;
}

export const createUploadRepository = (model: UploadModel): UploadRepository => ({
  async create(upload) {
    const doc = await model.create({
      ...upload,
      owner: new Types.ObjectId(upload.owner),
      size: upload.data.byteLength,
      data: Buffer.from(upload.data.buffer, upload.data.byteOffset, upload.data.byteLength),
    });
    return doc._id.toString();
  },
  async findById(id) {
    if (!isValidObjectId(id)) return null;
    const doc = await model.findById(id).lean();
    if (!doc) return null;
    const raw = doc.data as unknown as Buffer | { buffer: Uint8Array };
    const data = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer);
    return {
      id: doc._id.toString(),
      owner: doc.owner.toString(),
      filename: doc.filename,
      mimeType: doc.mimeType,
      kind: doc.kind,
      size: doc.size,
      data,
    };
  },
  async delete(id) {
    if (!isValidObjectId(id)) return;
    await model.deleteOne({ _id: id });
  },
  async count() {
    return model.countDocuments();
  },
});
