import type { JobView } from '@prepkit/shared';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { describeError, isApiError } from '../api/api-error.ts';
import { type FollowMode, followJob } from '../api/job-follower.ts';
import { cancelJob } from '../api/prepkit-api.ts';
import { useDraft } from '../new-report/draft-context.tsx';
import { useSession } from '../session/session-context.tsx';
import { Alert } from '../ui/alert.tsx';
import { formatElapsed } from '../ui/format.ts';
import { PageHeading } from '../ui/page-heading.tsx';

/** What each stage means to the person waiting. */
const STEPS = [
  { key: 'queued', label: 'Waiting for a worker' },
  { key: 'extracting', label: 'Reading your resume' },
  { key: 'generating', label: 'Writing questions and the plan' },
  { key: 'saving', label: 'Saving the report' },
] as const;

const currentStep = (job: JobView | null): (typeof STEPS)[number]['key'] =>
  !job || job.status === 'queued' ? 'queued' : (job.stage ?? 'saving');

const MODE_TEXT: Record<FollowMode, string | null> = {
  connecting: null,
  live: null,
  reconnecting: 'The connection to the server was lost. Reconnecting… (your job keeps running)',
  polling: 'Live updates are unavailable; checking for news every few seconds.',
};

const useNow = (running: boolean) => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(t);
  }, [running]);
  return now;
};

export const JobProgressPage = () => {
  const { jobId = '' } = useParams();
  const navigate = useNavigate();
  const { clear } = useDraft();
  const { signedOut } = useSession();
  const [job, setJob] = useState<JobView | null>(null);
  const [mode, setMode] = useState<FollowMode>('connecting');
  const [fatal, setFatal] = useState<string | null>(null);
  const [cancelState, setCancelState] = useState<'idle' | 'asking' | 'requested' | string>('idle');

  useEffect(() => {
    const follower = followJob({ jobId, onUpdate: setJob, onMode: setMode });
    follower.done.then(
      (final) => {
        if (final.status === 'completed' && final.reportId) {
          clear();
          navigate(`/reports/${final.reportId}`, { replace: true });
        }
      },
      (error: unknown) => {
        if ((error as Error).name === 'AbortError') return;
        if (isApiError(error) && error.status === 401) return signedOut();
        setFatal(
          isApiError(error) && error.status === 404
            ? 'This job does not exist, or it is not yours.'
            : describeError(error),
        );
      },
    );
    return () => follower.stop();
  }, [jobId, navigate, clear, signedOut]);

  const running = !job || job.status === 'queued' || job.status === 'processing';
  const now = useNow(running);
  const elapsed = job
    ? (job.finishedAt ? Date.parse(job.finishedAt) : now) - Date.parse(job.createdAt)
    : 0;
  const step = currentStep(job);
  const stepIndex = STEPS.findIndex((s) => s.key === step);

  const cancel = async () => {
    setCancelState('asking');
    try {
      await cancelJob(jobId);
      setCancelState('requested');
    } catch (error) {
      setCancelState(describeError(error));
    }
  };

  if (fatal) {
    return (
      <section>
        <PageHeading title="Report in progress" />
        <Alert kind="error">{fatal}</Alert>
        <Link to="/reports">See your reports</Link>
      </section>
    );
  }
  return (
    <section>
      <PageHeading
        title={
          running
            ? 'Writing your report'
            : job?.status === 'completed'
              ? 'Report ready'
              : job?.status === 'cancelled'
                ? 'Report cancelled'
                : 'Report failed'
        }
      />
      {MODE_TEXT[mode] && running && <Alert kind="info">{MODE_TEXT[mode]}</Alert>}
      <div className="card progress-card">
        <div className="progress-head">
          <span>{job ? `${Math.round(job.progress)}%` : 'Connecting…'}</span>
          <span>
            Elapsed <span className="mono">{formatElapsed(elapsed)}</span>
          </span>
        </div>
        <progress
          className="progress"
          max={100}
          value={job?.progress ?? 0}
          aria-label="Report progress"
          aria-valuetext={`${Math.round(job?.progress ?? 0)}%, ${STEPS[stepIndex]?.label ?? ''}`}
        />
        <ol className="steps">
          {STEPS.map((s, i) => {
            const state =
              !running && job?.status === 'completed'
                ? 'done'
                : i < stepIndex
                  ? 'done'
                  : i === stepIndex
                    ? 'current'
                    : 'todo';
            return (
              <li
                key={s.key}
                className={`step step-${state}`}
                aria-current={state === 'current' && running ? 'step' : undefined}
              >
                {s.label}
                <span className="visually-hidden">
                  {state === 'done' ? ' (done)' : state === 'current' ? ' (in progress)' : ''}
                </span>
              </li>
            );
          })}
        </ol>
        <p className="visually-hidden" role="status" aria-live="polite">
          {running ? STEPS[stepIndex]?.label : job?.status}
        </p>
        {running && (
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={cancel}
              disabled={cancelState === 'asking' || cancelState === 'requested'}
            >
              {cancelState === 'requested' ? 'Cancelling…' : 'Cancel'}
            </button>
          </div>
        )}
        {cancelState !== 'idle' && cancelState !== 'asking' && cancelState !== 'requested' && (
          <Alert kind="error">{cancelState}</Alert>
        )}
      </div>
      {job?.status === 'failed' && (
        <>
          <Alert kind="error">{job.error?.message ?? 'The report could not be written.'}</Alert>
          <p>
            <Link to="/" className="button button-primary">
              Back to the form
            </Link>{' '}
            Everything you entered is still there.
          </p>
        </>
      )}
      {job?.status === 'cancelled' && (
        <>
          <Alert kind="info">The report was cancelled. Nothing was saved.</Alert>
          <p>
            <Link to="/" className="button button-primary">
              Back to the form
            </Link>
          </p>
        </>
      )}
    </section>
  );
};
