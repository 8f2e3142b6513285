import { JOB_DESCRIPTION_MAX_CHARS, SELF_DESCRIPTION_MAX_CHARS } from '@prepkit/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { describeError, isApiError } from '../api/api-error.ts';
import { submitReportJob } from '../api/prepkit-api.ts';
import { useDraft } from '../new-report/draft-context.tsx';
import {
  checkResumeFile,
  type NewReportDraft,
  type NewReportErrors,
  newIdempotencyKey,
  toFormData,
  validateNewReport,
} from '../new-report/new-report-validation.ts';
import { ResumeDrop } from '../new-report/resume-drop.tsx';
import { useSession } from '../session/session-context.tsx';
import { Alert } from '../ui/alert.tsx';
import { FieldShell } from '../ui/field-shell.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

const FIELD_ORDER = ['jobDescription', 'resume', 'selfDescription', 'title'] as const;

/** Which field a server 400 is about, from the documented codes and the messages naming one. */
const fieldOfServerError = (code: string, message: string): keyof NewReportErrors | null => {
  if (code === 'JOB_DESCRIPTION_REQUIRED' || message.startsWith("'jobDescription'")) {
    return 'jobDescription';
  }
  if (message.startsWith("'selfDescription'")) return 'selfDescription';
  if (
    ['RESUME_OR_SELF_DESCRIPTION_REQUIRED', 'UNSUPPORTED_FILE_TYPE', 'PAYLOAD_TOO_LARGE'].includes(
      code,
    )
  ) {
    return 'resume';
  }
  return null;
};

export const NewReportPage = () => {
  const { draft, setDraft, submissionKey, setSubmissionKey } = useDraft();
  const { signedOut } = useSession();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<NewReportErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const form = useRef<HTMLFormElement>(null);

  const update = (patch: Partial<NewReportDraft>) => {
    setDraft({ ...draft, ...patch });
    const cleared = { ...errors };
    for (const k of Object.keys(patch)) delete cleared[k as keyof NewReportErrors];
    if (patch.resume) {
      const fileError = checkResumeFile(patch.resume);
      if (fileError) cleared.resume = fileError;
    }
    setErrors(cleared);
  };

  const focusFirstError = (found: NewReportErrors) => {
    const first = FIELD_ORDER.find((f) => found[f]);
    if (!first) return;
    form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (inFlight.current) return; // a second click while the first is on its way
    const found = validateNewReport(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormError(null);
      focusFirstError(found);
      return;
    }
    inFlight.current = true;
    setBusy(true);
    setFormError(null);
    // One key per submission: a retry of the same, unchanged form reuses it.
    const key = submissionKey ?? newIdempotencyKey();
    setSubmissionKey(key);
    try {
      const accepted = await submitReportJob(toFormData(draft), key);
      setSubmissionKey(null);
      navigate(`/jobs/${accepted.jobId}`);
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        signedOut();
        return;
      }
      const field = isApiError(error) ? fieldOfServerError(error.code, error.message) : null;
      if (field && isApiError(error)) {
        setErrors({ [field]: error.message });
        focusFirstError({ [field]: error.message });
      } else {
        setFormError(describeError(error));
      }
      if (isApiError(error) && !error.isNetwork && error.status !== 503) setSubmissionKey(null);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  return (
    <section>
      <PageHeading title="New report" />
      <p className="lead">
        Paste a job description and add your resume or a few lines about yourself. prepkit scores
        the match, explains it, and writes the questions you are likely to get, with a plan.
      </p>
      {formError && <Alert kind="error">{formError}</Alert>}
      <form ref={form} onSubmit={submit} noValidate className="card form-grid" aria-busy={busy}>
        <FieldShell
          wide
          label="Job description"
          note="(required)"
          error={errors.jobDescription}
          counter={{ length: draft.jobDescription.length, max: JOB_DESCRIPTION_MAX_CHARS }}
        >
          {(control) => (
            <textarea
              {...control}
              name="jobDescription"
              rows={10}
              value={draft.jobDescription}
              onChange={(e) => update({ jobDescription: e.target.value })}
            />
          )}
        </FieldShell>
        <FieldShell
          label="Title"
          note="(optional)"
          hint="Left empty, prepkit takes it from the job description."
          error={errors.title}
        >
          {(control) => (
            <input
              {...control}
              name="title"
              value={draft.title}
              onChange={(e) => update({ title: e.target.value })}
            />
          )}
        </FieldShell>
        <ResumeDrop
          file={draft.resume}
          error={errors.resume}
          onChange={(resume) => update({ resume })}
        />
        <FieldShell
          wide
          label="About you"
          note="(optional with a resume)"
          hint="A few lines on your experience; enough on its own when you have no resume at hand."
          error={errors.selfDescription}
          counter={{ length: draft.selfDescription.length, max: SELF_DESCRIPTION_MAX_CHARS }}
        >
          {(control) => (
            <textarea
              {...control}
              name="selfDescription"
              rows={4}
              value={draft.selfDescription}
              onChange={(e) => update({ selfDescription: e.target.value })}
            />
          )}
        </FieldShell>
        <div className="actions field-wide">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Sending…' : 'Write my report'}
          </button>
        </div>
      </form>
    </section>
  );
};
