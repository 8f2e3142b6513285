import type {
  Analysis,
  GeneratedReport,
  GeneratorInfo,
  InterviewReport,
  Warning,
} from '@prepkit/shared';
import { isValidObjectId, Types } from 'mongoose';
import { isDuplicateKeyError } from '../connection.ts';
import {
  NEWEST_FIRST,
  ownerPageFilter,
  type Page,
  type PageRequest,
  toPage,
} from '../pagination.ts';
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
  /** Default: none. */
  warnings?: Warning[];
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
  warnings: strip(d.warnings ?? []),
});

/** A report as the list shows it: the light fields only. */
export interface ReportSummary {
  _id: string;
  title: string;
  matchScore: number;
  createdAt: string;
  updatedAt: string;
}

export interface ReportRepository {
  /**
   * Writes the job's report once. Its `_id` is the job id, so a redelivered job (or two workers
   * racing on one) hits the primary key and gets the first report's id back.
   */
  upsertForJob(report: NewReport): Promise<string>;
  findByJob(jobId: string): Promise<InterviewReport | null>;
  findOwned(id: string, owner: string): Promise<InterviewReport | null>;
  countForJob(jobId: string): Promise<number>;
  /** The owner's reports, newest first, light fields only (a scan by owner: lists only). */
  listOwned(owner: string, page: PageRequest): Promise<Page<ReportSummary>>;
  /** Deletes the report if it belongs to owner; false when missing or another user's. */
  deleteOwned(id: string, owner: string): Promise<boolean>;
}

/**
 * Every lookup goes by `_id` alone: it is the one filter every MongoDB-protocol server serves
 * from its primary key (FerretDB v1 scans the whole collection for any other filter), and the
 * owner is checked on the document found.
 */
export const createReportRepository = (model: ReportModel): ReportRepository => {
  const findById = async (id: string) => {
    if (!isValidObjectId(id)) return null;
    const doc = await model.findById(id).lean();
    return doc ? toApiReport(doc) : null;
  };
  return {
    async upsertForJob(r) {
      const jobId = new Types.ObjectId(r.jobId);
      try {
        await model.create({
          _id: jobId,
          jobId,
          user: new Types.ObjectId(r.user),
          title: r.title,
          jobDescription: r.jobDescription,
          resume: r.resume,
          selfDescription: r.selfDescription,
          ...r.content,
          generator: r.generator,
          analysis: r.analysis,
          warnings: r.warnings ?? [],
        });
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
      return jobId.toString();
    },
    findByJob: findById,
    async findOwned(id, owner) {
      const report = await findById(id);
      return report && report.user === owner ? report : null;
    },
    async countForJob(jobId) {
      if (!isValidObjectId(jobId)) return 0;
      return model.countDocuments({ _id: new Types.ObjectId(jobId) });
    },
    async listOwned(owner, { limit, after }) {
      const docs = await model
        .find(ownerPageFilter('user', owner, after))
        .select({ title: 1, matchScore: 1, createdAt: 1, updatedAt: 1 })
        .sort(NEWEST_FIRST)
        .limit(limit + 1)
        .lean();
      return toPage(docs, limit, (d) => ({
        _id: d._id.toString(),
        title: d.title,
        matchScore: d.matchScore,
        createdAt: new Date(d.createdAt).toISOString(),
        updatedAt: new Date(d.updatedAt).toISOString(),
      }));
    },
    async deleteOwned(id, owner) {
      if (!isValidObjectId(id)) return false;
      const doc = await model.findById(id).select({ user: 1 }).lean();
      if (!doc || doc.user.toString() !== owner) return false;
      const res = await model.deleteOne({ _id: doc._id });
      return res.deletedCount > 0;
    },
  };
};
