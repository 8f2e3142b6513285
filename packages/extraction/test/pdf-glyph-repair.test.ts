import { describe, expect, it } from 'vitest';
import { repairPdfGlyphs } from '../src/pdf-glyph-repair.ts';

describe('repairPdfGlyphs', () => {
  it('when a LaTeX PDF spells accents as spacing glyphs before letters, then the accented letters come back', () => {
    expect(
      repairPdfGlyphs(
        '´Etudiante en m´edecine `a l’Universit´e, St´ ephanie, Val´\terie, Maˆıtresse de Conf´erences, premi`ere, Espa˜na, Bi´ologo, Fran¸cais, na¨ıve, ˇSkoda',
      ),
    ).toBe(
      'Étudiante en médecine à l’Université, Stéphanie, Valérie, Maîtresse de Conférences, première, España, Biólogo, Français, naïve, Škoda',
    );
  });

  it('when "´" is a typed apostrophe or backticks quote code, then the text stays as it is', () => {
    const text = 'It´s what I don´t do: run `apply` or `a` or ` x`.';
    expect(repairPdfGlyphs(text)).toBe(text);
  });

  it('when Word exported its "ti" and "ft" ligatures as Ɵ and Ō inside words, then they read "ti" and "ft"; elsewhere they stay', () => {
    expect(repairPdfGlyphs('Monitoring and EvaluaƟon; draŌed reports')).toBe(
      'Monitoring and Evaluation; drafted reports',
    );
    expect(repairPdfGlyphs('Ōsaka, Ɵ')).toBe('Ōsaka, Ɵ');
  });
});
