import { defineSkills } from '../define-skills.ts';

/**
 * Spoken languages a posting asks for ("Inglés avanzado", "English C1", "fluent French", "Inglês
 * fluente", "buona conoscenza della lingua inglese", "sehr gute Englischkenntnisse", "dominio de la
 * lengua inglesa", "goede beheersing van de Nederlandse taal"). Their
 * names are everyday words, so they count only with a level or a language context nearby (see
 * the spoken-language rule in negative-contexts.ts).
 */
export const SPOKEN_LANGUAGE_SKILLS = defineSkills('spoken-language', [
  'English|ingles;anglais;englisch;inglese;engels;engelsk;engelska;englischkenntnisse;englisch-kenntnisse;inglesa;anglaise;engelse|Spanish;French;German',
  'Spanish|espanol;castellano;espagnol;espanhol;spagnolo;spanisch;spaans;spansk;spanska;spanischkenntnisse;espanola;spagnola;espagnole;spaanse|English;Portuguese',
  'French|frances;francais;francese;franzosisch;frans;fransk;franska;franzosischkenntnisse;francesa;francaise;franse|English;German',
  'German|aleman;deutsch;alemao;allemand;tedesco;duits;tysk;tyska;deutschkenntnisse;deutsch-kenntnisse;alemana;alema;allemande;tedesca;duitse|English;French',
  'Portuguese|portugues;portugais;portoghese;portugiesisch;portugees;portuguesa;portugaise;portugese|Spanish;English',
  'Italian|italiano;italien;italienisch;italiaans;italiana;italienne;italiaanse|English;French',
  'Mandarin|mandarin chinese;chinese;chino;mandarin chino|English',
  'Cantonese|cantones|Mandarin',
  'Japanese|japones;japonais;japanisch;giapponese;japonesa;japonaise|English',
  'Korean|coreano|English',
  'Arabic|arabe;arabisch;arabo|English;French',
  'Dutch|neerlandes;nederlands;neerlandais;niederlandisch;olandese;holandes;nederlandse;neerlandesa;holandesa|English;German',
  'Russian|ruso;russe;russisch;russo;rusa;russa|English',
  'Hindi|hindi language|English',
  'Polish|polaco|English',
  'Swedish|sueco|English',
  'Turkish|turco|English',
]);
