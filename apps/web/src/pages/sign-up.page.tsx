import { PASSWORD_MIN_LENGTH, registerInputSchema } from '@prepkit/shared';
import { register } from '../api/prepkit-api.ts';
import { type AuthField, AuthForm } from '../session/auth-form.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

const FIELDS: readonly AuthField<'username' | 'email' | 'password'>[] = [
  {
    name: 'username',
    label: 'Username',
    autoComplete: 'username',
    required: true,
    hint: "3 to 40 ASCII letters, digits, '_', '.' or '-'.",
  },
  { name: 'email', label: 'E-mail', type: 'email', autoComplete: 'email', required: true },
  {
    name: 'password',
    label: 'Password',
    type: 'password',
    autoComplete: 'new-password',
    required: true,
    hint: `At least ${PASSWORD_MIN_LENGTH} characters.`,
  },
];

export const SignUpPage = () => (
  <section className="narrow">
    <PageHeading title="Create your account" />
    <AuthForm
      fields={FIELDS}
      schema={registerInputSchema}
      send={register}
      submitText="Create account"
      busyText="Creating your account…"
      other={{ prompt: 'Already have an account?', text: 'Sign in', path: '/sign-in' }}
    />
  </section>
);
