import { loginInputSchema } from '@prepkit/shared';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { login } from '../api/prepkit-api.ts';
import { type FieldErrors, serverFieldErrors, zodFieldErrors } from '../session/auth-errors.ts';
import { safeNext } from '../session/require-session.tsx';
import { useSession } from '../session/session-context.tsx';
import { Alert } from '../ui/alert.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { TextField } from '../ui/text-field.tsx';

const FIELDS = ['email', 'password'] as const;

export const SignInPage = () => {
  const { state, signedIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const [values, setValues] = useState({ email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors<(typeof FIELDS)[number]>>({});
  const [busy, setBusy] = useState(false);
  if (state.status === 'signed-in' && !busy) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = loginInputSchema.safeParse(values);
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    setBusy(true);
    try {
      const user = await login(parsed.data);
      signedIn(user);
      navigate(next, { replace: true });
    } catch (error) {
      setErrors(serverFieldErrors(error, FIELDS));
      setBusy(false);
    }
  };
  return (
    <section className="narrow">
      <PageHeading title="Sign in" />
      <p>Sign in to write interview-preparation reports from your resume and a job description.</p>
      {errors.form && <Alert kind="error">{errors.form}</Alert>}
      <form onSubmit={submit} noValidate className="card">
        <TextField
          label="E-mail"
          type="email"
          name="email"
          autoComplete="email"
          required
          value={values.email}
          error={errors.email}
          onChange={(e) => setValues({ ...values, email: e.target.value })}
        />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={values.password}
          error={errors.password}
          onChange={(e) => setValues({ ...values, password: e.target.value })}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        New to prepkit?{' '}
        <Link to={`/sign-up${params.get('next') ? `?next=${encodeURIComponent(next)}` : ''}`}>
          Create an account
        </Link>
      </p>
    </section>
  );
};
