import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { emptyDraft, type NewReportDraft } from './new-report-validation.ts';

interface DraftApi {
  draft: NewReportDraft;
  setDraft(next: NewReportDraft): void;
  /**
   * The Idempotency-Key of the submission being made: kept while the draft is unchanged, so a
   * double click or a retry after a network error sends the same key (one job); null after an edit.
   */
  submissionKey: string | null;
  setSubmissionKey(key: string | null): void;
  /** After a report was made: the form starts empty next time. */
  clear(): void;
}

const DraftContext = createContext<DraftApi | null>(null);

/**
 * Keeps the new-report form above the routes, so the job page can send the user back to it
 * with every field (the chosen file included) still filled in after a failure.
 */
export const DraftProvider = ({ children }: { children: ReactNode }) => {
  const [draft, setDraftState] = useState<NewReportDraft>(emptyDraft);
  const [submissionKey, setSubmissionKey] = useState<string | null>(null);
  const setDraft = useCallback((next: NewReportDraft) => {
    setDraftState(next);
    setSubmissionKey(null);
  }, []);
  const clear = useCallback(() => setDraft(emptyDraft()), [setDraft]);
  const api = useMemo<DraftApi>(
    () => ({ draft, setDraft, submissionKey, setSubmissionKey, clear }),
    [draft, setDraft, submissionKey, clear],
  );
  return <DraftContext.Provider value={api}>{children}</DraftContext.Provider>;
};

export const useDraft = (): DraftApi => {
  const api = useContext(DraftContext);
  if (!api) throw new Error('useDraft outside DraftProvider');
  return api;
};
