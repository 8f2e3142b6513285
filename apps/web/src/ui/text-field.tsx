import type { InputHTMLAttributes } from 'react';
import { FieldShell } from './field-shell.tsx';

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  /** The message under the field; marks it invalid. */
  error?: string | undefined;
  hint?: string;
}

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export const TextField = ({ label, error, hint, ...input }: TextFieldProps) => (
  <FieldShell label={label} error={error} {...(hint ? { hint } : {})}>
    {(control) => <input {...input} {...control} />}
  </FieldShell>
);
