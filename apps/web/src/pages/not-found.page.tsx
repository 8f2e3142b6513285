import { Link } from 'react-router';
import { PageHeading } from '../ui/page-heading.tsx';

export const NotFoundPage = () => (
  <section>
    <PageHeading title="Page not found" />
    <p>There is no page at this address.</p>
    <Link to="/">Go to the start page</Link>
  </section>
);
