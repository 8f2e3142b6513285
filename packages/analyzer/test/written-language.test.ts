import { describe, expect, it } from 'vitest';
import { writtenLanguage } from '../src/text/written-language.ts';

describe('writtenLanguage', () => {
  it.each([
    [
      'Italian',
      'Sviluppo di pipeline di dati per il gruppo di analisi della banca e formazione degli analisti che sono passati alle nuove procedure nel lavoro di ogni giorno, con la gestione delle richieste alla direzione.',
    ],
    [
      'Portuguese',
      'Desenvolvimento de pipelines de dados para a equipe de análise do banco e formação dos analistas que passaram aos novos procedimentos com uma gestão pelo time, sua liderança e seu apoio em cada dia da semana.',
    ],
    [
      'Dutch',
      'Bouwde datapijplijnen voor het team van de bank. Migratie van het datawarehouse naar de cloud en training van de analisten bij de nieuwe werkwijze. Wij werkten ook aan rapportages die niet zonder het team konden, in een team van zes.',
    ],
    [
      'English',
      'Built data pipelines for the analysis team of the bank and trained the analysts on the new procedures in their daily work, with the management of requests to the board and support to colleagues on every project.',
    ],
  ])('when a text is written in %s, then that is its language', (language, text) => {
    expect(writtenLanguage(text)).toBe(language);
  });

  it('when a text is too short to tell, then it has no language', () => {
    expect(writtenLanguage('Python, SQL, Docker')).toBeNull();
  });
});
