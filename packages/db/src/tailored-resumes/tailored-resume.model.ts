import { JOB_STAGES, JOB_STATUSES } from '@prepkit/shared';
import { type Connection, Schema } from 'mongoose';

/**
 * One tailoring of a report's resume: the job's state and, once completed, its result. Its
 * `_id` is the job id (the BullMQ job id too), so every status read and update goes by `_id`
 * and a redelivered job writes its one result again onto the same document.
 */
export const tailoredResumeSchema = new Schema(
  {
    owner: { type: Schema.Types.ObjectId, required: true },
    reportId: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, enum: JOB_STATUSES, required: true, default: 'queued' },
    stage: { type: String, enum: [...JOB_STAGES, null], default: null },
    progress: { type: Number, default: 0 },
    attempts: { type: Number, default: 0 },
    error: {
      type: new Schema({ code: String, message: String }, { _id: false }),
      default: null,
    },
    lastErrorCode: { type: String, default: null },
    cancelRequested: { type: Boolean, default: false },
    /** The TailoredResumeContent once completed (validated by the shared zod schema on write). */
    content: { type: Schema.Types.Mixed, default: null },
    generator: {
      type: new Schema({ name: String, model: String }, { _id: false }),
      default: null,
    },
    warnings: { type: [String], default: [] },
    startedAt: { type: Date, default: null },
    finishedAt: { type: Date, default: null },
  },
  { timestamps: true, minimize: false },
);
tailoredResumeSchema.index({ reportId: 1, createdAt: -1 });

export const createTailoredResumeModel = (connection: Connection) =>
  connection.model('TailoredResume', tailoredResumeSchema, 'tailored_resumes');

export type TailoredResumeModel = ReturnType<typeof createTailoredResumeModel>;
