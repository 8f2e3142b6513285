import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { createTextExtractor } from '../src/index.ts';
import { buildZip, minimalDocxEntries } from './zip-builder.helper.ts';

const extractor = createTextExtractor();
afterAll(() => extractor.close());

/** A one-page PDF drawn by pdfkit (`draw` writes on the page). */
const pdfkitPdf = (draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> =>
  new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    draw(doc);
    doc.end();
  });

/** A hand-written one-page PDF around a raw content stream (standard Helvetica as /F1). */
const rawPdf = (content: string): Uint8Array =>
  new TextEncoder().encode(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
      '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>endobj\n' +
      '4 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n' +
      `5 0 obj<</Length ${content.length}>>stream\n${content}\nendstream endobj\n` +
      'trailer<</Root 1 0 R>>\n%%EOF\n',
  );

const VISIBLE = 'Financial analyst with Excel reporting experience';

describe('hidden text in resumes', () => {
  it('when a PDF hides skills in white, 1 pt and off-page text, then only the visible lines are read and the hidden characters are counted', async () => {
    const pdf = await pdfkitPdf((doc) => {
      doc.fontSize(12).fillColor('black').text(VISIBLE, 72, 72);
      doc.fillColor('#ffffff').text('Kubernetes Terraform', 72, 100);
      doc.fillColor('#fdfdfd').text('PyTorch', 72, 120);
      doc.fontSize(1).fillColor('black').text('TensorFlow', 72, 140);
      doc.fontSize(12).text('Apache Spark', -400, 160);
      doc.text('Closing visible line', 72, 190);
    });
    const result = await extractor.extract(pdf, 'pdf');
    expect(result.text).toContain(VISIBLE);
    expect(result.text).toContain('Closing visible line');
    for (const hidden of ['Kubernetes', 'Terraform', 'PyTorch', 'TensorFlow', 'Spark']) {
      expect(result.text).not.toContain(hidden);
    }
    expect(result.hiddenChars).toBe('KubernetesTerraformPyTorchTensorFlowApacheSpark'.length);
  });

  it('when a visible line pads with a long run of spaces before white text further down, then the white text is still left out', async () => {
    const pdf = await pdfkitPdf((doc) => {
      doc
        .fontSize(10)
        .fillColor('black')
        .text(`| Dates${' '.repeat(40)}| UCLA${' '.repeat(30)}|`, 72, 72);
      doc.text(VISIBLE, 72, 100);
      doc.fillColor('#ffffff').text('Skills: NestJS, Node.js, PostgreSQL', 72, 130);
    });
    const result = await extractor.extract(pdf, 'pdf');
    expect(result.text).toContain(VISIBLE);
    expect(result.text).toContain('UCLA');
    expect(result.text).not.toContain('NestJS');
    expect(result.hiddenChars).toBe('Skills:NestJS,Node.js,PostgreSQL'.length);
  });

  it('when a PDF draws text in invisible render mode (3 Tr), then it is left out', async () => {
    const pdf = rawPdf(
      `BT /F1 12 Tf 72 700 Td (${VISIBLE}) Tj ET\n` +
        'q BT /F1 12 Tf 3 Tr 72 680 Td (Kubernetes Docker) Tj ET Q\n' +
        'BT /F1 12 Tf 72 660 Td (Closing visible line) Tj ET',
    );
    const result = await extractor.extract(pdf, 'pdf');
    expect(result.text).toContain(VISIBLE);
    expect(result.text).toContain('Closing visible line');
    expect(result.text).not.toContain('Kubernetes');
    expect(result.hiddenChars).toBe('KubernetesDocker'.length);
  });

  it('when invisible text lies over an image (the OCR layer of a scan), then it is read', async () => {
    const pdf = rawPdf(
      'q 300 0 0 40 60 670 cm BI /W 1 /H 1 /CS /G /BPC 8 ID 0 EI Q\n' +
        `BT /F1 12 Tf 3 Tr 72 680 Td (${VISIBLE}) Tj ET`,
    );
    const result = await extractor.extract(pdf, 'pdf');
    expect(result.text).toContain(VISIBLE);
    expect(result.hiddenChars).toBe(0);
  });

  it('when white text sits on a dark banner, then it is read as visible', async () => {
    const pdf = await pdfkitPdf((doc) => {
      doc.rect(0, 40, 595, 60).fill('#1f2a44');
      doc.fontSize(16).fillColor('#ffffff').text('Jordan Lee, Data Analyst', 72, 60);
      doc.fontSize(12).fillColor('black').text(VISIBLE, 72, 140);
    });
    const result = await extractor.extract(pdf, 'pdf');
    expect(result.text).toContain('Jordan Lee, Data Analyst');
    expect(result.hiddenChars).toBe(0);
  });

  it('when a font measures its glyphs in 2048ths of the em (its FontMatrix), then a long visible line is read to its end', async () => {
    // A Type 3 font whose FontMatrix is 1/2048: each letter 1000 units wide is 4.9 pt at 10 pt.
    // Read as thousandths (10 pt each), the line would run off the page after 31 letters.
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const procs = [...letters].map((c, i) => `/${c} ${20 + i} 0 R`).join(' ');
    const procObjects = [...letters]
      .map((_, i) => `${20 + i} 0 obj<</Length 9>>stream\n1000 0 d0\nendstream endobj\n`)
      .join('');
    const line = 'KUBERNETES TERRAFORM POSTGRESQL KAFKA'.replace(/ /g, '');
    const content = `BT /T3 10 Tf 300 700 Td (${line}) Tj ET`;
    const pdf = new TextEncoder().encode(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
        '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
        '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</T3 4 0 R>>>>/Contents 5 0 R>>endobj\n' +
        `4 0 obj<</Type/Font/Subtype/Type3/FontBBox[0 0 1000 1000]/FontMatrix[0.00048828125 0 0 0.00048828125 0 0]/CharProcs<<${procs}>>/Encoding<</Type/Encoding/Differences[65 ${[...letters].map((c) => `/${c}`).join(' ')}]>>/FirstChar 65/LastChar 90/Widths[${letters
          .split('')
          .map(() => '1000')
          .join(' ')}]>>endobj\n` +
        `5 0 obj<</Length ${content.length}>>stream\n${content}\nendstream endobj\n` +
        procObjects +
        'trailer<</Root 1 0 R>>\n%%EOF\n',
    );
    const result = await extractor.extract(pdf, 'pdf');
    expect(result.text.replace(/\s/g, '')).toBe(line);
    expect(result.hiddenChars).toBe(0);
  });

  it('when a PDF has no hidden text, then nothing is counted', async () => {
    const pdf = await pdfkitPdf((doc) => doc.fontSize(11).text(VISIBLE));
    const result = await extractor.extract(pdf, 'pdf');
    expect(result.text).toBe(VISIBLE);
    expect(result.hiddenChars).toBe(0);
  });

  it('when a DOCX has vanished, white, near-white and tiny runs, then only the visible runs are read', async () => {
    const run = (props: string, text: string): string =>
      `</w:t></w:r><w:r><w:rPr>${props}</w:rPr><w:t>${text}`;
    const docx = buildZip(
      minimalDocxEntries([
        VISIBLE,
        run('<w:vanish/>', 'Kubernetes'),
        run('<w:color w:val="FFFFFF"/>', 'Terraform'),
        run('<w:color w:val="F8F8F8"/>', 'PyTorch'),
        run('<w:sz w:val="2"/>', 'TensorFlow'),
        run(
          '<w:vanish w:val="0"/><w:color w:val="1F2A44"/><w:sz w:val="22"/>',
          'Closing visible line',
        ),
      ]),
    );
    const result = await extractor.extract(docx, 'docx');
    expect(result.text).toContain(VISIBLE);
    expect(result.text).toContain('Closing visible line');
    for (const hidden of ['Kubernetes', 'Terraform', 'PyTorch', 'TensorFlow']) {
      expect(result.text).not.toContain(hidden);
    }
    expect(result.hiddenChars).toBe('KubernetesTerraformPyTorchTensorFlow'.length);
  });
});
