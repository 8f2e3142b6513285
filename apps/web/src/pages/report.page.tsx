import type { InterviewReport } from '@prepkit/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { describeError, isApiError } from '../api/api-error.ts';
import { deleteReport, fetchReport, reportLinks } from '../api/prepkit-api.ts';
import { PlanChecklist } from '../report/plan-checklist.tsx';
import { browserStorage, createPlanStore } from '../report/plan-store.ts';
import { PracticeMode, type PracticeQuestion } from '../report/practice-mode.tsx';
import { QuestionList } from '../report/question-list.tsx';
import { ScoreSection } from '../report/score-section.tsx';
import { TailoredResumePanel } from '../report/tailored-resume-panel.tsx';
import { usePrintExpanded } from '../report/use-print-expanded.ts';
import { useSession } from '../session/session-context.tsx';
import { Alert } from '../ui/alert.tsx';
import { ConfirmButton } from '../ui/confirm-button.tsx';
import { formatDate } from '../ui/format.ts';
import { DownloadIcon, PrintIcon, TrashIcon } from '../ui/icons.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

type Load =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; report: InterviewReport };

export const ReportPage = () => {
  const { reportId = '' } = useParams();
  const navigate = useNavigate();
  const { signedOut } = useSession();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [practice, setPractice] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  usePrintExpanded();

  const loadReport = useCallback(() => {
    setLoad({ state: 'loading' });
    fetchReport(reportId).then(
      (report) => setLoad({ state: 'ready', report }),
      (error: unknown) => {
        if (isApiError(error) && error.status === 401) return signedOut();
        setLoad({ state: 'error', message: describeError(error) });
      },
    );
  }, [reportId, signedOut]);
  useEffect(loadReport, [loadReport]);

  const report = load.state === 'ready' ? load.report : null;
  const practiceQuestions = useMemo<PracticeQuestion[]>(
    () =>
      report
        ? [
            ...report.technicalQuestions.map((q) => ({ ...q, kind: 'Technical' as const })),
            ...report.behavioralQuestions.map((q) => ({ ...q, kind: 'Behavioral' as const })),
          ]
        : [],
    [report],
  );

  if (load.state === 'loading') {
    return (
      <section>
        <PageHeading title="Report" />
        <p role="status">Loading the report…</p>
      </section>
    );
  }
  if (load.state === 'error') {
    return (
      <section>
        <PageHeading title="Report" />
        <Alert kind="error">{load.message}</Alert>
        <div className="actions">
          <button type="button" className="button" onClick={loadReport}>
            Try again
          </button>
          <Link to="/reports">Back to your reports</Link>
        </div>
      </section>
    );
  }
  const r = load.report;
  const remove = async () => {
    setDeleteError(null);
    try {
      await deleteReport(r._id);
      createPlanStore(browserStorage()).forget(r._id);
      navigate('/reports', { replace: true, state: { deleted: r.title } });
    } catch (error) {
      setDeleteError(describeError(error));
    }
  };
  return (
    <article className="report">
      <PageHeading title={r.title} />
      <p className="meta">
        Written by{' '}
        <strong>
          {r.generator.name === 'gemini' ? `Gemini (${r.generator.model})` : 'the offline analyzer'}
        </strong>{' '}
        on {formatDate(r.createdAt)}
      </p>
      <div className="actions no-print">
        <button
          type="button"
          className="button button-primary"
          onClick={() => setPractice(!practice)}
          aria-expanded={practice}
        >
          {practice ? 'End practice' : 'Practice mode'}
        </button>
        <a className="button" href={reportLinks(r._id).exportMarkdown} download>
          <DownloadIcon /> Export Markdown
        </a>
        <a className="button" href={reportLinks(r._id).exportPdf} download>
          <DownloadIcon /> Export PDF
        </a>
        <button type="button" className="button" onClick={() => window.print()}>
          <PrintIcon /> Print or save as PDF
        </button>
        <ConfirmButton
          question={`Delete the report "${r.title}"? This cannot be undone.`}
          confirmText="Delete report"
          onConfirm={remove}
        >
          <TrashIcon /> Delete
        </ConfirmButton>
      </div>
      {r.warnings.length > 0 && (
        <Alert kind="info">
          {r.warnings.map((w) => (
            <p key={w.code}>{w.message}</p>
          ))}
        </Alert>
      )}
      {deleteError && <Alert kind="error">{deleteError}</Alert>}
      {practice && (
        <PracticeMode questions={practiceQuestions} onClose={() => setPractice(false)} />
      )}
      <ScoreSection report={r} />
      <TailoredResumePanel reportId={r._id} />
      <QuestionList
        id="technical-title"
        title="Technical questions"
        questions={r.technicalQuestions}
      />
      <QuestionList
        id="behavioral-title"
        title="Behavioral questions"
        questions={r.behavioralQuestions}
      />
      <PlanChecklist reportId={r._id} plan={r.preparationPlan} />
    </article>
  );
};
