/** "June 2022 – Present", "2018", or undefined. */
export const dateSpan = (start?: string, end?: string): string | undefined =>
  start && end ? `${start} – ${end}` : (start ?? end);

/** "Title, Organization" (once when the parser could only tell one of them). */
export const roleLine = (x: { title: string; organization: string }): string =>
  x.title === x.organization ? x.title : `${x.title}, ${x.organization}`;
