import { loginInputSchema } from '@prepkit/shared';
import { login } from '../api/prepkit-api.ts';
import { type AuthField, AuthForm } from '../session/auth-form.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

const FIELDS: readonly AuthField<'email' | 'password'>[] = [
  { name: 'email', label: 'E-mail', type: 'email', autoComplete: 'email', required: true },
  {
    name: 'password',
    label: 'Password',
    type: 'password',
    autoComplete: 'current-password',
    required: true,
  },
];

export const SignInPage = () => (
  <section className="narrow">
    <PageHeading title="Sign in" />
    <p>Sign in to write interview-preparation reports from your resume and a job description.</p>
    <AuthForm
      fields={FIELDS}
      schema={loginInputSchema}
      send={login}
      submitText="Sign in"
      busyText="Signing in…"
      other={{ prompt: 'New to prepkit?', text: 'Create an account', path: '/sign-up' }}
    />
  </section>
);
