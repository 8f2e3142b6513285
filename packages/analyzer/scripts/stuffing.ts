/**
 * Prints how many points a weak resume gains on the ML posting from the posting's skills pasted
 * in: as a visible line, as hidden text (white and 1 pt, through the real extractor), and as the
 * self-description. Targets: visible gain <= 15, hidden gain 0.
 *
 *   node packages/analyzer/scripts/stuffing.ts
 */

import { createTextExtractor } from '@prepkit/extraction';
import PDFDocument from 'pdfkit';
import { extractResumes, readCorpusText } from './corpus.ts';
import { postingSkillsLine, type StuffingGains, stuffingGains } from './stuffing-gains.ts';

const POSTING = 'jobs/resumematcher__job_desc_2_ml-engineer.txt';
const TITLE = '';

/** A real-estate analyst's resume, written for this measurement (no tech skills used). */
export const REAL_ESTATE_ANALYST = `Dana Whitfield
Real Estate Analyst

Summary
Analyst with six years in commercial real estate acquisitions and asset management.

Experience
Harbor Point Capital, Real Estate Analyst, Jan 2020 - Present
- Underwrote 40+ multifamily and office acquisitions, preparing investment memos for the committee.
- Built rent rolls and cash-flow projections for a 1.2 billion dollar portfolio.
- Negotiated lease renewals with tenants and coordinated property inspections.
Crescent Realty, Leasing Associate, 2017 - 2019
- Toured prospective tenants and prepared lease abstracts.

Education
BA Economics, State University, 2013 - 2017

Skills
Argus Enterprise, underwriting, lease administration, market research`;

/** Renders a resume to PDF with the skills line hidden in the given way. */
const renderWithHidden = (
  resume: string,
  line: string,
  how: 'white' | 'tiny',
): Promise<Uint8Array> =>
  new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.fontSize(10).fillColor('black').text(resume);
    if (how === 'white') doc.fillColor('#ffffff').text(line);
    else doc.fontSize(1).fillColor('black').text(line);
    doc.end();
  });

const jobDescription = await readCorpusText(POSTING);
const [pennyworth = ''] = await extractResumes([
  'resumes/pdf/resumematcher__alfred_pennyworth_pm.pdf',
]);
const line = postingSkillsLine(jobDescription, TITLE);
const extractor = createTextExtractor();
const rows: [string, string, StuffingGains][] = [];
try {
  for (const [name, resume] of [
    ['real-estate analyst (written)', REAL_ESTATE_ANALYST],
    ['product manager (corpus: alfred_pennyworth_pm.pdf)', pennyworth],
  ] as const) {
    for (const how of ['white', 'tiny'] as const) {
      const pdf = await renderWithHidden(resume, line, how);
      const { text, hiddenChars } = await extractor.extract(pdf, 'pdf');
      const plain = await extractor.extract(await renderWithHidden(resume, '', how), 'pdf');
      rows.push([
        name,
        how === 'white' ? 'white' : '1 pt',
        stuffingGains({
          title: TITLE,
          jobDescription,
          resumeText: plain.text,
          hidden: { text, hiddenChars },
        }),
      ]);
    }
  }
} finally {
  await extractor.close();
}

console.log(`Posting: ${POSTING}\nSkills line: ${line}\n`);
console.log(
  '| resume | hidden as | as is | + visible list | + hidden list | + selfDescription | visible gain | hidden gain | selfDescription gain |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const [name, how, g] of rows) {
  const s = g.scores;
  console.log(
    `| ${name} | ${how} | ${s.asIs} | ${s.visibleList} | ${s.hiddenList} | ${s.selfDescription} | ${g.gains.visibleList} | ${g.gains.hiddenList} | ${g.gains.selfDescription} |`,
  );
}
const worst = Math.max(...rows.map(([, , g]) => g.gains.visibleList));
const hidden = Math.max(...rows.map(([, , g]) => Math.abs(g.gains.hiddenList ?? 0)));
console.log(`\nvisible gain max ${worst} (target <= 15), hidden gain max ${hidden} (target 0)`);
process.exitCode = worst <= 15 && hidden === 0 ? 0 : 1;
