import { PASSWORD_MIN_LENGTH, registerInputSchema } from '@prepkit/shared';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { register } from '../api/prepkit-api.ts';
import { type FieldErrors, serverFieldErrors, zodFieldErrors } from '../session/auth-errors.ts';
import { safeNext } from '../session/require-session.tsx';
import { useSession } from '../session/session-context.tsx';
import { Alert } from '../ui/alert.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { TextField } from '../ui/text-field.tsx';

const FIELDS = ['username', 'email', 'password'] as const;

export const SignUpPage = () => {
  const { state, signedIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const [values, setValues] = useState({ username: '', email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors<(typeof FIELDS)[number]>>({});
  const [busy, setBusy] = useState(false);
  if (state.status === 'signed-in' && !busy) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = registerInputSchema.safeParse(values);
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    setBusy(true);
    try {
      const user = await register(parsed.data);
      signedIn(user);
      navigate(next, { replace: true });
    } catch (error) {
      setErrors(serverFieldErrors(error, FIELDS));
      setBusy(false);
    }
  };
  return (
    <section className="narrow">
      <PageHeading title="Create your account" />
      {errors.form && <Alert kind="error">{errors.form}</Alert>}
      <form onSubmit={submit} noValidate className="card">
        <TextField
          label="Username"
          name="username"
          autoComplete="username"
          required
          value={values.username}
          error={errors.username}
          hint="3 to 40 letters, digits, '_', '.' or '-'."
          onChange={(e) => setValues({ ...values, username: e.target.value })}
        />
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
          autoComplete="new-password"
          required
          value={values.password}
          error={errors.password}
          hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          onChange={(e) => setValues({ ...values, password: e.target.value })}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <p>
        Already have an account?{' '}
        <Link to={`/sign-in${params.get('next') ? `?next=${encodeURIComponent(next)}` : ''}`}>
          Sign in
        </Link>
      </p>
    </section>
  );
};
