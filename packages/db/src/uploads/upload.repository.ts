import { isValidObjectId, Types } from 'mongoose';
import { bufferOf, toBinary } from '../binary-field.ts';
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
    // The fields are validated by the schema, and the document is written through the driver:
    // mongoose's casting would copy the bytes on the way to BSON (a 5 MiB upload held 2-3 times).
    const _id = new Types.ObjectId();
    const doc = {
      _id,
      owner: new Types.ObjectId(upload.owner),
      filename: upload.filename,
      mimeType: upload.mimeType,
      kind: upload.kind,
      size: upload.data.byteLength,
      createdAt: new Date(),
    };
    await model.validate(doc, ['owner', 'filename', 'mimeType', 'kind', 'size']);
    await model.collection.insertOne({ ...doc, data: toBinary(upload.data) });
    return _id.toString();
  },
  async findById(id) {
    if (!isValidObjectId(id)) return null;
    const doc = await model.findById(id).lean();
    if (!doc) return null;
    const data = bufferOf(doc.data) ?? Buffer.alloc(0);
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
