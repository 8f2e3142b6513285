import type { ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppLayout } from './layout/app-layout.tsx';
import { DraftProvider } from './new-report/draft-context.tsx';
import { HistoryPage } from './pages/history.page.tsx';
import { JobProgressPage } from './pages/job-progress.page.tsx';
import { NewReportPage } from './pages/new-report.page.tsx';
import { NotFoundPage } from './pages/not-found.page.tsx';
import { ReportPage } from './pages/report.page.tsx';
import { SignInPage } from './pages/sign-in.page.tsx';
import { SignUpPage } from './pages/sign-up.page.tsx';
import { RequireSession } from './session/require-session.tsx';
import { SessionProvider } from './session/session-context.tsx';

const signedIn = (page: ReactNode) => <RequireSession>{page}</RequireSession>;

/** The app: who is signed in, the new-report draft, and the pages (declarative routes). */
export const App = () => (
  <SessionProvider>
    <DraftProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<AppLayout />}>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/sign-up" element={<SignUpPage />} />
            <Route path="/" element={signedIn(<NewReportPage />)} />
            <Route path="/jobs/:jobId" element={signedIn(<JobProgressPage />)} />
            <Route path="/reports" element={signedIn(<HistoryPage />)} />
            <Route path="/reports/:reportId" element={signedIn(<ReportPage />)} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </DraftProvider>
  </SessionProvider>
);
