import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { SessionUser } from '../api/prepkit-api.ts';
import { Alert } from '../ui/alert.tsx';
import { TextField, type TextFieldProps } from '../ui/text-field.tsx';
import { type FieldErrors, serverFieldErrors, zodFieldErrors } from './auth-errors.ts';
import { safeNext } from './require-session.tsx';
import { useSession } from './session-context.tsx';

/** One input of an auth form: its name in the API's body and how it is shown. */
export interface AuthField<K extends string>
  extends Omit<TextFieldProps, 'name' | 'value' | 'error'> {
  name: K;
}

export interface AuthFormProps<K extends string, S extends z.ZodType> {
  fields: readonly AuthField<K>[];
  /** The shared contract of the request body: its messages are the client-side checks. */
  schema: S;
  send(input: z.output<S>): Promise<SessionUser>;
  submitText: string;
  busyText: string;
  /** The other auth page ("Create an account" / "Sign in"), which keeps `next`. */
  other: { prompt: string; text: string; path: string };
}

/**
 * A sign-in or sign-up form: checks with the shared zod contract, sends, puts the server's
 * messages under the field they name (or above the form), then goes where the user was going.
 */
export const AuthForm = <K extends string, S extends z.ZodType>(props: AuthFormProps<K, S>) => {
  const { state, signedIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const names = props.fields.map((f) => f.name);
  const [values, setValues] = useState(
    () => Object.fromEntries(names.map((n) => [n, ''])) as Record<K, string>,
  );
  const [errors, setErrors] = useState<FieldErrors<K>>({});
  const [busy, setBusy] = useState(false);
  if (state.status === 'signed-in' && !busy) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = props.schema.safeParse(values);
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    setBusy(true);
    try {
      signedIn(await props.send(parsed.data));
      navigate(next, { replace: true });
    } catch (error) {
      setErrors(serverFieldErrors(error, names));
      setBusy(false);
    }
  };
  const keepNext = params.get('next') ? `?next=${encodeURIComponent(next)}` : '';
  return (
    <>
      {errors.form && <Alert kind="error">{errors.form}</Alert>}
      <form onSubmit={submit} noValidate className="card">
        {props.fields.map(({ name, ...field }) => (
          <TextField
            key={name}
            {...field}
            name={name}
            value={values[name]}
            error={errors[name]}
            onChange={(e) => setValues({ ...values, [name]: e.target.value })}
          />
        ))}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? props.busyText : props.submitText}
        </button>
      </form>
      <p>
        {props.other.prompt} <Link to={`${props.other.path}${keepNext}`}>{props.other.text}</Link>
      </p>
    </>
  );
};
