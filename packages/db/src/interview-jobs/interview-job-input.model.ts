import { type Connection, Schema } from 'mongoose';

/**
 * Where an earlier version kept a job's job description and self-description (same `_id` as the
 * job). Jobs are now written with their texts inside (one round trip instead of two, issue 16);
 * this collection is only read for a job written before that, when an attempt starts it.
 */
export const interviewJobInputSchema = new Schema(
  {
    jobDescription: { type: String, required: true },
    selfDescription: { type: String, default: '' },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);

export const createInterviewJobInputModel = (connection: Connection) =>
  connection.model('InterviewJobInput', interviewJobInputSchema, 'interview_job_inputs');

export type InterviewJobInputModel = ReturnType<typeof createInterviewJobInputModel>;
