import { type TailoredResumeJobView, tailoredResumeJobViewSchema } from '@prepkit/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError, isApiError } from '../api/api-error.ts';
import { followJobAt, type JobFollower } from '../api/job-follower.ts';
import {
  cancelJobAt,
  fetchTailoredResume,
  reportLinks,
  requestTailoredResume,
} from '../api/prepkit-api.ts';
import { useSession } from '../session/session-context.tsx';
import { Alert } from '../ui/alert.tsx';
import { DownloadIcon } from '../ui/icons.tsx';

type Panel =
  | { state: 'checking' }
  | { state: 'none' }
  | { state: 'running'; job: TailoredResumeJobView | null }
  | { state: 'ready'; version: string }
  | { state: 'error'; message: string; kind?: 'error' | 'info' };

/** What the person waiting is told at each stage of the tailoring job. */
const STAGE_TEXT: Record<string, string> = {
  queued: 'Waiting for a worker',
  extracting: 'Reading your resume',
  generating: 'Selecting and ordering your experience for this job',
  saving: 'Saving the tailored resume',
};

const stageOf = (job: TailoredResumeJobView | null) =>
  STAGE_TEXT[!job || job.status === 'queued' ? 'queued' : (job.stage ?? 'saving')];

/**
 * The report's tailored resume: shown at once when one exists; otherwise a "Tailor my resume"
 * button that starts the job, follows it (polling its status URL) and then shows prepkit's own
 * rendered HTML in a sandboxed frame (no scripts, no same-origin access) with a PDF download.
 * A failure shows the server's message and a way to try again.
 */
export const TailoredResumePanel = ({ reportId }: { reportId: string }) => {
  const { signedOut } = useSession();
  const [panel, setPanel] = useState<Panel>({ state: 'checking' });
  const follower = useRef<JobFollower<TailoredResumeJobView> | null>(null);
  /** After the button that started a run disappears, where the keyboard focus goes next. */
  const heading = useRef<HTMLHeadingElement>(null);
  const next = useRef<HTMLElement | null>(null);
  const startedHere = useRef(false);
  /** The running job's status URL (its DELETE cancels it), and whether a cancel was asked. */
  const statusUrl = useRef<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const links = reportLinks(reportId);

  useEffect(() => {
    if (!startedHere.current) return;
    if (panel.state === 'running') heading.current?.focus();
    else next.current?.focus();
  }, [panel.state]);

  const fail = useCallback(
    (error: unknown) => {
      if ((error as Error).name === 'AbortError') return;
      if (isApiError(error) && error.status === 401) return signedOut();
      setPanel({ state: 'error', message: describeError(error) });
    },
    [signedOut],
  );

  useEffect(() => {
    let live = true;
    fetchTailoredResume(reportId).then((resume) => {
      if (live) setPanel(resume ? { state: 'ready', version: resume.jobId } : { state: 'none' });
    }, fail);
    return () => {
      live = false;
      follower.current?.stop();
    };
  }, [reportId, fail]);

  const tailor = async () => {
    startedHere.current = true;
    setCancelling(false);
    statusUrl.current = null;
    setPanel({ state: 'running', job: null });
    try {
      const accepted = await requestTailoredResume(reportId);
      statusUrl.current = accepted.statusUrl;
      follower.current?.stop();
      follower.current = followJobAt({
        url: accepted.statusUrl,
        schema: tailoredResumeJobViewSchema,
        stream: false,
        pollIntervalMs: 1_000,
        onUpdate: (job) => setPanel({ state: 'running', job }),
      });
      const final = await follower.current.done;
      if (final.status === 'completed') setPanel({ state: 'ready', version: final.jobId });
      else if (final.status === 'cancelled')
        setPanel({ state: 'error', kind: 'info', message: 'The tailoring was cancelled.' });
      else
        setPanel({
          state: 'error',
          message: final.error?.message ?? 'The tailored resume could not be written.',
        });
    } catch (error) {
      fail(error);
    }
  };

  const cancel = async () => {
    if (!statusUrl.current) return;
    setCancelling(true);
    try {
      await cancelJobAt(statusUrl.current);
    } catch (error) {
      // A job that finished meanwhile answers 409: the follower shows how it ended.
      if (!(isApiError(error) && error.status === 409)) fail(error);
    }
  };

  return (
    <section aria-labelledby="resume-title" className="card no-print tailored-resume">
      <h2 id="resume-title" ref={heading} tabIndex={-1}>
        Tailored resume
      </h2>
      <p className="muted">
        Your own resume, reordered and tightened for this job: nothing is added that you did not
        write.
      </p>
      {panel.state === 'checking' && <p role="status">Looking for your tailored resume…</p>}
      {(panel.state === 'none' || panel.state === 'error') && (
        <>
          {panel.state === 'error' && <Alert kind={panel.kind ?? 'error'}>{panel.message}</Alert>}
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              onClick={tailor}
              ref={(el) => {
                next.current = el;
              }}
            >
              {panel.state === 'error' ? 'Try again' : 'Tailor my resume'}
            </button>
          </div>
        </>
      )}
      {panel.state === 'running' && (
        <div>
          <div className="progress-head">
            <span>{panel.job ? `${panel.job.progress}%` : 'Starting…'}</span>
          </div>
          <progress
            className="progress"
            max={100}
            value={panel.job?.progress ?? 0}
            aria-label="Tailoring progress"
            aria-valuetext={`${panel.job?.progress ?? 0}%, ${stageOf(panel.job)}`}
          />
          <p role="status" aria-live="polite">
            {stageOf(panel.job)}…
          </p>
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={cancel}
              disabled={cancelling || !statusUrl.current}
            >
              {cancelling ? 'Cancelling…' : 'Cancel'}
            </button>
          </div>
        </div>
      )}
      {panel.state === 'ready' && (
        <>
          <div className="actions">
            <a
              className="button button-primary"
              href={links.resumePdf}
              download
              ref={(el) => {
                next.current = el;
              }}
            >
              <DownloadIcon /> Download PDF
            </a>
          </div>
          <iframe
            key={panel.version}
            className="resume-preview"
            title="Tailored resume preview"
            sandbox=""
            src={links.resumeHtml}
          />
        </>
      )}
    </section>
  );
};
