import { JOB_STAGES, JOB_STATUSES } from '@prepkit/shared';
import { type Connection, Schema } from 'mongoose';

/**
 * One submission and its life: the system of record for a report request. Redis/BullMQ only
 * carries the work; status, progress and errors are read from here.
 */
export const interviewJobSchema = new Schema(
  {
    owner: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, enum: JOB_STATUSES, required: true, default: 'queued' },
    stage: { type: String, enum: [...JOB_STAGES, null], default: null },
    progress: { type: Number, default: 0 },
    attempts: { type: Number, default: 0 },
    // What the job works on. The long texts (up to 50,000 and 20,000 characters) are kept while
    // the job can still run and removed when it completes: its report keeps them from then on.
    input: {
      title: { type: String, required: true },
      jobDescription: { type: String },
      selfDescription: { type: String },
    },
    // The resume file. Its bytes live in the job while it can still run (one write with the job,
    // read by the attempt that starts it) and are removed by the write that ends it. `id` names
    // a file kept apart in `uploads` (jobs written before the bytes moved into the job).
    upload: {
      id: { type: Schema.Types.ObjectId, default: null },
      kind: { type: String, enum: ['pdf', 'docx', null], default: null },
      filename: { type: String, default: '' },
      mimeType: { type: String },
      size: { type: Number },
      data: { type: Buffer },
    },
    reportId: { type: Schema.Types.ObjectId, default: null },
    error: {
      type: new Schema({ code: String, message: String }, { _id: false }),
      default: null,
    },
    lastErrorCode: { type: String, default: null },
    warnings: {
      type: [new Schema({ code: String, message: String }, { _id: false })],
      default: [],
    },
    cancelRequested: { type: Boolean, default: false },
    // The processing lease: the attempt that holds the job and until when. Renewed by that
    // attempt while it runs; another attempt, or the reconciler, takes the job over only once
    // it has expired (the holder really died or stopped).
    leaseOwner: { type: String, default: null },
    leaseUntil: { type: Date, default: null },
    startedAt: { type: Date, default: null },
    finishedAt: { type: Date, default: null },
  },
  { timestamps: true },
);
interviewJobSchema.index({ owner: 1, createdAt: -1 });
interviewJobSchema.index({ status: 1, updatedAt: 1 });

export const createInterviewJobModel = (connection: Connection) =>
  connection.model('InterviewJob', interviewJobSchema, 'interview_jobs');

export type InterviewJobModel = ReturnType<typeof createInterviewJobModel>;
