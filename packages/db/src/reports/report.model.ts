import { type Connection, Schema } from 'mongoose';

const questionSchema = new Schema(
  { question: String, intention: String, answer: String },
  { _id: false },
);

/** A finished interview-preparation report. One per job: its `_id` is the job's id (and `jobId` says so too). */
export const reportSchema = new Schema(
  {
    user: { type: Schema.Types.ObjectId, required: true },
    jobId: { type: Schema.Types.ObjectId, required: true },
    title: { type: String, required: true },
    jobDescription: { type: String, required: true },
    resume: { type: String, default: '' },
    selfDescription: { type: String, default: '' },
    matchScore: { type: Number, required: true, min: 0, max: 100 },
    technicalQuestions: { type: [questionSchema], default: [] },
    behavioralQuestions: { type: [questionSchema], default: [] },
    skillGaps: {
      type: [new Schema({ skill: String, severity: String }, { _id: false })],
      default: [],
    },
    preparationPlan: {
      type: [new Schema({ day: Number, focus: String, tasks: [String] }, { _id: false })],
      default: [],
    },
    generator: {
      name: { type: String, required: true },
      model: { type: String, required: true },
    },
    analysis: { type: Schema.Types.Mixed, default: null },
    warnings: {
      type: [new Schema({ code: String, message: String }, { _id: false })],
      default: [],
    },
  },
  { timestamps: true, minimize: false },
);
reportSchema.index({ user: 1, createdAt: -1 });

export const createReportModel = (connection: Connection) =>
  connection.model('InterviewReport', reportSchema, 'interview_reports');

export type ReportModel = ReturnType<typeof createReportModel>;
