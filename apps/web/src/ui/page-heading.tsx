import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The page's h1: sets the document title and takes focus when the page opens, so screen-reader
 * and keyboard users start on the new page rather than on the link they used.
 */
export const PageHeading = ({ title, children }: { title: string; children?: ReactNode }) => {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · prepkit`;
    ref.current?.focus({ preventScroll: false });
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children ?? title}
    </h1>
  );
};
