import type { TailoredResumeContent } from '@prepkit/shared';
import { escapeHtml as e } from './html-escape.ts';
import type { PaperSize } from './paper.ts';
import { dateSpan, roleLine } from './resume-text.ts';

const STYLE = (paper: PaperSize) => `
  :root { color: #1a1a1a; font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; }
  body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; font-size: 10.5pt; line-height: 1.4; }
  header h1 { font-size: 20pt; margin: 0; }
  header .headline { font-size: 11.5pt; margin: .2rem 0; color: #333; }
  header ul.contact { list-style: none; padding: 0; margin: .2rem 0 0; display: flex; flex-wrap: wrap; gap: .2rem 1rem; color: #444; }
  section { margin-top: 1rem; }
  h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: .06em; border-bottom: 1px solid #999; margin: 0 0 .4rem; padding-bottom: .1rem; }
  h3 { font-size: 10.5pt; margin: .5rem 0 0; }
  .meta { color: #555; font-size: 9.5pt; }
  ul { margin: .2rem 0 .4rem; padding-left: 1.1rem; }
  dl.skills { margin: 0; } dl.skills dt { font-weight: bold; } dl.skills dd { margin: 0 0 .3rem; }
  article { break-inside: avoid; }
  @page { size: ${paper === 'letter' ? 'letter' : 'A4'}; margin: 14mm 16mm; }
  @media print {
    body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
    a { color: inherit; text-decoration: none; }
    h2 { break-after: avoid; }
  }
`;

const list = (items: readonly string[]) =>
  items.length ? `<ul>${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>` : '';

const section = (title: string, body: string) =>
  body ? `<section><h2>${e(title)}</h2>${body}</section>` : '';

/**
 * The tailored resume as one self-contained HTML page: prepkit's own template, one column,
 * semantic elements, every piece of text escaped (nothing from a model or a resume is ever
 * markup), no script, print CSS for the chosen paper size.
 */
export const renderResumeHtml = (
  r: TailoredResumeContent,
  options: { paper?: PaperSize } = {},
): string => {
  const paper = options.paper ?? 'a4';
  const title = r.name || 'Resume';
  const body = [
    `<header><h1>${e(title)}</h1>`,
    r.headline ? `<p class="headline">${e(r.headline)}</p>` : '',
    r.contact.length
      ? `<ul class="contact">${r.contact.map((c) => `<li>${e(c.text)}</li>`).join('')}</ul>`
      : '',
    '</header>',
    section('Summary', r.summary ? `<p>${e(r.summary)}</p>` : ''),
    section(
      'Skills',
      r.skills.length
        ? `<dl class="skills">${r.skills.map((g) => `<dt>${e(g.group)}</dt><dd>${e(g.items.join(', '))}</dd>`).join('')}</dl>`
        : '',
    ),
    section(
      'Experience',
      r.experience
        .map(
          (x) =>
            `<article><h3>${e(roleLine(x))}</h3>${meta([x.location, dateSpan(x.start, x.end)])}${list(x.bullets)}</article>`,
        )
        .join(''),
    ),
    section(
      'Projects',
      r.projects
        .map((p) => `<article><h3>${e(p.name)}</h3>${meta([p.date])}${list(p.bullets)}</article>`)
        .join(''),
    ),
    section(
      'Education',
      r.education
        .map(
          (x) =>
            `<article><h3>${e(x.degree === x.institution ? x.degree : `${x.degree}, ${x.institution}`)}</h3>${meta([dateSpan(x.start, x.end)])}${list(x.details)}</article>`,
        )
        .join(''),
    ),
    section('Certifications', list(r.certifications.map((c) => c.text))),
    section(
      'Languages',
      r.languages.length ? `<p>${e(r.languages.map((l) => l.text).join(', '))}</p>` : '',
    ),
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(title)}</title>
<style>${STYLE(paper)}</style>
</head>
<body>
${body}
</body>
</html>
`;
};

const meta = (parts: readonly (string | undefined)[]) => {
  const text = parts.filter(Boolean).join(' · ');
  return text ? `<p class="meta">${e(text)}</p>` : '';
};
