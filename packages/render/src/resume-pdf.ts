import type { TailoredResumeContent } from '@prepkit/shared';
import type { PaperSize } from './paper.ts';
import { writePdf } from './pdf-writer.ts';
import { dateSpan, roleLine } from './resume-text.ts';

/** The tailored resume as a PDF: the same one-column layout and content as the HTML template. */
export const renderResumePdf = (
  r: TailoredResumeContent,
  options: { paper?: PaperSize } = {},
): Promise<Buffer> =>
  writePdf(
    {
      title: r.name ? `${r.name} – Resume` : 'Resume',
      author: r.name,
      paper: options.paper ?? 'a4',
    },
    (w) => {
      w.title(r.name || 'Resume');
      if (r.headline) w.subtitle(r.headline);
      if (r.contact.length) w.meta(r.contact.map((c) => c.text).join('  ·  '));
      if (r.summary) {
        w.heading('Summary');
        w.paragraph(r.summary);
      }
      if (r.skills.length) {
        w.heading('Skills');
        for (const g of r.skills) {
          w.strong(g.group);
          w.paragraph(g.items.join(', '));
        }
      }
      if (r.experience.length) {
        w.heading('Experience');
        for (const x of r.experience) {
          w.strong(roleLine(x));
          const m = [x.location, dateSpan(x.start, x.end)].filter(Boolean).join(' · ');
          if (m) w.meta(m);
          for (const b of x.bullets) w.bullet(b);
          w.gap();
        }
      }
      if (r.projects.length) {
        w.heading('Projects');
        for (const p of r.projects) {
          w.strong(p.name);
          if (p.date) w.meta(p.date);
          for (const b of p.bullets) w.bullet(b);
          w.gap();
        }
      }
      if (r.education.length) {
        w.heading('Education');
        for (const x of r.education) {
          w.strong(x.degree === x.institution ? x.degree : `${x.degree}, ${x.institution}`);
          const d = dateSpan(x.start, x.end);
          if (d) w.meta(d);
          for (const b of x.details) w.bullet(b);
        }
      }
      if (r.certifications.length) {
        w.heading('Certifications');
        for (const c of r.certifications) w.bullet(c.text);
      }
      if (r.languages.length) {
        w.heading('Languages');
        w.paragraph(r.languages.map((l) => l.text).join(', '));
      }
    },
  );
