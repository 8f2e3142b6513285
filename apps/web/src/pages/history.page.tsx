import { isRunnableStatus, type JobView, type ReportSummary } from '@prepkit/shared';
import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { describeError, isApiError } from '../api/api-error.ts';
import { deleteReport, listJobs, listReports } from '../api/prepkit-api.ts';
import { browserStorage, createPlanStore } from '../report/plan-store.ts';
import { useSession } from '../session/session-context.tsx';
import { Alert } from '../ui/alert.tsx';
import { ConfirmButton } from '../ui/confirm-button.tsx';
import { formatDate } from '../ui/format.ts';
import { TrashIcon } from '../ui/icons.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

const PAGE_SIZE = 10;
const RUNNING_POLL_MS = 3_000;
const STAGE_TEXT = {
  extracting: 'reading the resume',
  generating: 'writing questions',
  saving: 'saving',
} as const;

const jobStatusText = (job: JobView) =>
  job.status === 'queued'
    ? 'waiting for a worker'
    : `${job.stage ? STAGE_TEXT[job.stage] : 'working'}, ${Math.round(job.progress)}%`;

export const HistoryPage = () => {
  const { signedOut } = useSession();
  const location = useLocation();
  const deletedTitle = (location.state as { deleted?: string } | null)?.deleted;
  const [reports, setReports] = useState<ReportSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [running, setRunning] = useState<JobView[]>([]);
  const [status, setStatus] = useState<'loading' | 'ready' | 'more'>('loading');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(
    deletedTitle ? `Deleted "${deletedTitle}".` : null,
  );

  const fail = useCallback(
    (e: unknown) => {
      if (isApiError(e) && e.status === 401) return signedOut();
      setError(describeError(e));
    },
    [signedOut],
  );
  const loadFirst = useCallback(async () => {
    setStatus('loading');
    setError(null);
    try {
      const [page, jobs] = await Promise.all([listReports(PAGE_SIZE), listJobs(20)]);
      setReports(page.interviewReports);
      setCursor(page.nextCursor);
      setRunning(jobs.jobs.filter((j) => isRunnableStatus(j.status)));
    } catch (e) {
      fail(e);
    }
    setStatus('ready');
  }, [fail]);
  useEffect(() => {
    void loadFirst();
  }, [loadFirst]);

  // Jobs in flight update live; when one finishes, its report joins the list.
  useEffect(() => {
    if (running.length === 0) return;
    const timer = setTimeout(async () => {
      try {
        const jobs = (await listJobs(20)).jobs;
        const still = jobs.filter((j) => isRunnableStatus(j.status));
        if (still.length < running.length) {
          const page = await listReports(PAGE_SIZE);
          setReports((old) => [
            ...page.interviewReports,
            ...old.filter((r) => !page.interviewReports.some((p) => p._id === r._id)),
          ]);
        }
        setRunning(still);
      } catch {
        setRunning([...running]); // try again on the next tick
      }
    }, RUNNING_POLL_MS);
    return () => clearTimeout(timer);
  }, [running]);

  const loadMore = async () => {
    if (!cursor) return;
    setStatus('more');
    try {
      const page = await listReports(PAGE_SIZE, cursor);
      setReports((old) => [...old, ...page.interviewReports]);
      setCursor(page.nextCursor);
    } catch (e) {
      fail(e);
    }
    setStatus('ready');
  };
  const remove = async (report: ReportSummary) => {
    try {
      await deleteReport(report._id);
      createPlanStore(browserStorage()).forget(report._id);
      setReports((old) => old.filter((r) => r._id !== report._id));
      setNotice(`Deleted "${report.title}".`);
    } catch (e) {
      fail(e);
    }
  };

  const empty = status === 'ready' && !error && reports.length === 0 && running.length === 0;
  return (
    <section>
      <PageHeading title="Your reports" />
      {notice && <Alert kind="success">{notice}</Alert>}
      {error && (
        <Alert kind="error">
          {error}{' '}
          <button type="button" className="link-button" onClick={() => void loadFirst()}>
            Try again
          </button>
        </Alert>
      )}
      {status === 'loading' && <p role="status">Loading your reports…</p>}
      {running.length > 0 && (
        <section aria-labelledby="running-title">
          <h2 id="running-title">In progress</h2>
          <ul className="history-list">
            {running.map((job) => (
              <li key={job.jobId} className="history-item">
                <div>
                  <Link to={`/jobs/${job.jobId}`}>Report in progress</Link>
                  <p className="muted">
                    Started {formatDate(job.createdAt)}:{' '}
                    <span aria-live="polite">{jobStatusText(job)}</span>
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {empty && (
        <div className="card empty">
          <p>No reports yet.</p>
          <Link to="/" className="button button-primary">
            Write your first report
          </Link>
        </div>
      )}
      {reports.length > 0 && (
        <ul className="history-list" aria-label="Reports, newest first">
          {reports.map((r) => (
            <li key={r._id} className="history-item">
              <div className="history-main">
                <Link to={`/reports/${r._id}`} className="history-title">
                  {r.title}
                </Link>
                <p className="muted">{formatDate(r.createdAt)}</p>
              </div>
              <p className="history-score">
                <span className="visually-hidden">Match score </span>
                {r.matchScore}
                <span className="score-max" aria-hidden="true">
                  /100
                </span>
                <span className="visually-hidden"> out of 100</span>
              </p>
              <ConfirmButton
                className="button button-small button-quiet"
                label={`Delete ${r.title}`}
                question={`Delete the report "${r.title}"? This cannot be undone.`}
                confirmText="Delete report"
                onConfirm={() => remove(r)}
              >
                <TrashIcon />
              </ConfirmButton>
            </li>
          ))}
        </ul>
      )}
      {cursor && (
        <div className="actions">
          <button type="button" className="button" onClick={loadMore} disabled={status === 'more'}>
            {status === 'more' ? 'Loading…' : 'Load more'}
          </button>
        </div>
      )}
    </section>
  );
};
