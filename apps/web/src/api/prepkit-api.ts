import {
  type AcceptedJob,
  acceptedJobSchema,
  type InterviewReport,
  type JobList,
  type JobView,
  jobListSchema,
  jobViewSchema,
  type LoginInput,
  type RegisterInput,
  type ReportList,
  reportListSchema,
  reportResponseSchema,
  sessionResponseSchema,
  type TailoredResumeResponse,
  tailoredResumeResponseSchema,
} from '@prepkit/shared';
import { apiRequest } from './api-client.ts';

/** The signed-in user as the API shows it. */
export type SessionUser = NonNullable<Awaited<ReturnType<typeof fetchMe>>>;

const required = <T>(value: T | null): T => {
  if (value === null) throw new Error('expected a response body');
  return value;
};

export const register = async (input: RegisterInput) =>
  required(
    await apiRequest('/api/auth/register', sessionResponseSchema, { method: 'POST', json: input }),
  ).user;

export const login = async (input: LoginInput) =>
  required(
    await apiRequest('/api/auth/login', sessionResponseSchema, { method: 'POST', json: input }),
  ).user;

export const logout = async (): Promise<void> => {
  await apiRequest('/api/auth/logout', null, { method: 'POST' });
};

/** The current user, or null when signed out (401). */
export const fetchMe = async () => {
  try {
    return required(await apiRequest('/api/auth/me', sessionResponseSchema)).user;
  } catch (error) {
    if ((error as { status?: number }).status === 401) return null;
    throw error;
  }
};

/** Submits a report asynchronously; the same key for the same submission makes one job. */
export const submitReportJob = async (
  form: FormData,
  idempotencyKey: string,
): Promise<AcceptedJob> =>
  required(
    await apiRequest('/api/interview/jobs', acceptedJobSchema, {
      method: 'POST',
      body: form,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  );

export const fetchJob = async (jobId: string, signal?: AbortSignal): Promise<JobView> =>
  required(
    await apiRequest(`/api/interview/jobs/${encodeURIComponent(jobId)}`, jobViewSchema, { signal }),
  );

const pageQuery = (limit: number, cursor: string | null) =>
  `limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;

export const listJobs = async (limit: number, cursor: string | null = null): Promise<JobList> =>
  required(await apiRequest(`/api/interview/jobs?${pageQuery(limit, cursor)}`, jobListSchema));

/** Asks the job at its status URL to stop (204 cancelled at once, 202 at its next stage boundary). */
export const cancelJobAt = async (statusUrl: string): Promise<void> => {
  await apiRequest(statusUrl, null, { method: 'DELETE' });
};

/** Asks a report job to stop. */
export const cancelJob = (jobId: string): Promise<void> =>
  cancelJobAt(`/api/interview/jobs/${encodeURIComponent(jobId)}`);

export const listReports = async (
  limit: number,
  cursor: string | null = null,
): Promise<ReportList> =>
  required(await apiRequest(`/api/interview/?${pageQuery(limit, cursor)}`, reportListSchema));

export const fetchReport = async (reportId: string): Promise<InterviewReport> =>
  required(
    await apiRequest(`/api/interview/report/${encodeURIComponent(reportId)}`, reportResponseSchema),
  ).interviewReport;

export const deleteReport = async (reportId: string): Promise<void> => {
  await apiRequest(`/api/interview/report/${encodeURIComponent(reportId)}`, null, {
    method: 'DELETE',
  });
};

const reportPath = (reportId: string) => `/api/interview/report/${encodeURIComponent(reportId)}`;

/** Where the report's downloads and the tailored resume's renderings live (same-origin links). */
export const reportLinks = (reportId: string) => ({
  exportMarkdown: `${reportPath(reportId)}/export?format=md`,
  exportPdf: `${reportPath(reportId)}/export?format=pdf`,
  resumeHtml: `${reportPath(reportId)}/resume.html`,
  resumePdf: `${reportPath(reportId)}/resume.pdf`,
});

/** Starts tailoring the resume to the report's posting (202; an existing job answers again). */
export const requestTailoredResume = async (reportId: string): Promise<AcceptedJob> =>
  required(
    await apiRequest(`${reportPath(reportId)}/resume`, acceptedJobSchema, { method: 'POST' }),
  );

/** The report's latest tailored resume, or null when it has none yet (404). */
export const fetchTailoredResume = async (
  reportId: string,
): Promise<TailoredResumeResponse['tailoredResume'] | null> => {
  try {
    return required(
      await apiRequest(`${reportPath(reportId)}/resume`, tailoredResumeResponseSchema),
    ).tailoredResume;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
};
