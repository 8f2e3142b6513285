import { type ReactNode, useId, useRef, useState } from 'react';

export interface ConfirmButtonProps {
  /** The button's text (and its accessible name unless `label` is given). */
  children: ReactNode;
  /** An accessible name when the visible text is not enough (e.g. "Delete <title>"). */
  label?: string;
  /** The question in the dialog. */
  question: string;
  confirmText: string;
  onConfirm: () => Promise<void> | void;
  className?: string;
  disabled?: boolean;
}

/**
 * A button that asks first, in a modal <dialog> (focus moves into it, Escape cancels, focus
 * returns to the button afterwards).
 */
export const ConfirmButton = (props: ConfirmButtonProps) => {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const confirm = async () => {
    setBusy(true);
    try {
      await props.onConfirm();
    } finally {
      setBusy(false);
      dialog.current?.close();
    }
  };
  return (
    <>
      <button
        type="button"
        className={props.className ?? 'button button-danger'}
        aria-label={props.label}
        disabled={props.disabled}
        onClick={() => dialog.current?.showModal()}
      >
        {props.children}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId}>
        <p id={titleId} className="dialog-question">
          {props.question}
        </p>
        <div className="actions">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Keep it
          </button>
          <button type="button" className="button button-danger" disabled={busy} onClick={confirm}>
            {props.confirmText}
          </button>
        </div>
      </dialog>
    </>
  );
};
