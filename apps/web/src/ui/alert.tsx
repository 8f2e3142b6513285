import type { ReactNode } from 'react';

/** A message that screen readers announce: errors interrupt (alert), the rest waits (status). */
export const Alert = ({
  kind,
  children,
}: {
  kind: 'error' | 'info' | 'success';
  children: ReactNode;
}) => (
  <div className={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
    {children}
  </div>
);
