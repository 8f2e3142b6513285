import { type ReactNode, useId } from 'react';

/** What a control inside a FieldShell needs to be labelled and described. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

export interface FieldShellProps {
  label: string;
  /** After the label, lighter: "(optional)". */
  note?: string;
  hint?: string;
  error?: string | undefined;
  /** A live "n / max characters" under the control. */
  counter?: { length: number; max: number };
  /** Spans both columns of the form grid. */
  wide?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}

/** Label, hint, the control, a character counter and the error, wired with ids for screen readers. */
export const FieldShell = ({
  label,
  note,
  hint,
  error,
  counter,
  wide,
  children,
}: FieldShellProps) => {
  const id = useId();
  const described = [hint && `${id}-hint`, counter && `${id}-count`, error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>
        {label} {note && <span className="optional">{note}</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-describedby': described || undefined,
        'aria-invalid': error ? true : undefined,
      })}
      {counter && (
        <p
          id={`${id}-count`}
          className={`counter${counter.length > counter.max ? ' counter-over' : ''}`}
        >
          {counter.length.toLocaleString('en')} / {counter.max.toLocaleString('en')} characters
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
};
