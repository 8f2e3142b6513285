import type { Analysis, GeneratedReport, GeneratorInfo, InterviewReport } from '@prepkit/shared';
import { isValidObjectId, Types } from 'mongoose';
import { isDuplicateKeyError } from '../connection.ts';
import type { ReportModel } from './report.model.ts';

export interface NewReport {
  jobId: string;
  user: string;
  title: string;
  jobDescription: string;
  resume: string;
  selfDescription: string;
  content: GeneratedReport;
  generator: GeneratorInfo;
  analysis: Analysis | null;
}

// biome-ignore lint/suspicious/noExplicitAny: a lean mongoose document, mapped field by field
const strip = <T>(items: any[]): T[] => items.map(({ _id, ...rest }) => rest as T);

/** Maps a stored report to the documented API shape (ids as strings, dates as ISO strings). */
// biome-ignore lint/suspicious/noExplicitAny: a lean mongoose document, mapped field by field
export const toApiReport = (d: any): InterviewReport => ({
  _id: d._id.toString(),
  user: d.user.toString(),
  title: d.title,
  jobDescription: d.jobDescription,
  resume: d.resume ?? '',
  selfDescription: d.selfDescription ?? '',
  matchScore: d.matchScore,
  technicalQuestions: strip(d.technicalQuestions ?? []),
  behavioralQuestions: strip(d.behavioralQuestions ?? []),
  skillGaps: strip(d.skillGaps ?? []),
  preparationPlan: strip(d.preparationPlan ?? []),
  createdAt: new Date(d.createdAt).toISOString(),
  updatedAt: new Date(d.updatedAt).toISOString(),
  generator: { name: d.generator.name, model: d.generator.model },
  analysis: d.analysis ?? null,
  jobId: d.jobId.toString(),
});

export interface ReportRepository {
  /** Writes the job's report once: a redelivered job finds the first one and returns its id. */
  upsertForJob(report: NewReport): Promise<string>;
  findByJob(jobId: string): Promise<InterviewReport | null>;
  findOwned(id: string, owner: string): Promise<InterviewReport | null>;
  countForJob(jobId: string): Promise<number>;
}

export const createReportRepository = (model: ReportModel): ReportRepository => {
  const findByJob = async (jobId: string) => {
    if (!isValidObjectId(jobId)) return null;
    const doc = await model.findOne({ jobId: new Types.ObjectId(jobId) }).lean();
    return doc ? toApiReport(doc) : null;
  };
  return {
    async upsertForJob(r) {
      const jobId = new Types.ObjectId(r.jobId);
      const existing = await model.findOne({ jobId }, { _id: 1 }).lean();
      if (existing) return existing._id.toString();
      try {
        const doc = await model.create({
          jobId,
          user: new Types.ObjectId(r.user),
          title: r.title,
          jobDescription: r.jobDescription,
          resume: r.resume,
          selfDescription: r.selfDescription,
          ...r.content,
          generator: r.generator,
          analysis: r.analysis,
        });
        return doc._id.toString();
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        const winner = await model.findOne({ jobId }, { _id: 1 }).lean();
        if (!winner) throw error;
        return winner._id.toString();
      }
    },
    findByJob,
    async findOwned(id, owner) {
      if (!isValidObjectId(id) || !isValidObjectId(owner)) return null;
      const doc = await model.findOne({ _id: id, user: new Types.ObjectId(owner) }).lean();
      return doc ? toApiReport(doc) : null;
    },
    async countForJob(jobId) {
      if (!isValidObjectId(jobId)) return 0;
      return model.countDocuments({ jobId: new Types.ObjectId(jobId) });
    },
  };
};
