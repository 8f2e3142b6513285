import { type Connection, Schema } from 'mongoose';

/**
 * What a job was asked to work on: the job description and self-description (up to 50,000 and
 * 20,000 characters), written once with the job and read once per attempt. Kept apart from the
 * small, often-updated job document (same `_id`): status reads and state updates never carry the
 * long texts, and on FerretDB v1, where every update scans its collection, the scans stay short.
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
