import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/index.ts';

describe('normalizeText', () => {
  it('when text has runs of spaces, tabs and NBSPs, then each run becomes one space', () => {
    expect(normalizeText('Senior\t\tEngineer  at \u00a0 Acme')).toBe('Senior Engineer at Acme');
  });

  it('when text has CR LF, CR and form feeds, then lines are kept and joined with \\n', () => {
    expect(normalizeText('Skills\r\nTypeScript\rNode\fGo')).toBe('Skills\nTypeScript\nNode\nGo');
  });

  it('when text has NULs, control and zero-width characters, then they are removed', () => {
    expect(normalizeText('\ufeffJo\u0000hn\u200b Do\u0007e\u00ad')).toBe('John Doe');
  });

  it('when text is decomposed (NFD), then it comes out composed (NFC)', () => {
    const decomposed = 'Re\u0301sume\u0301 Jose\u0301';
    expect(normalizeText(decomposed)).toBe('R\u00e9sum\u00e9 Jos\u00e9');
  });

  it('when lines have edge spaces and blank lines pile up, then lines are trimmed and one blank line stays', () => {
    expect(normalizeText('\n\n  Experience  \n \n\n\n  Acme Corp\n\n')).toBe(
      'Experience\n\nAcme Corp',
    );
  });

  it('when text is only whitespace and control characters, then it is empty', () => {
    expect(normalizeText(' \n\t\u0000\n\r\n ')).toBe('');
  });
});
