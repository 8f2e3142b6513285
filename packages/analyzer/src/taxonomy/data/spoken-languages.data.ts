import { defineSkills } from '../define-skills.ts';

/**
 * Spoken languages a posting asks for ("Inglés avanzado", "English C1", "fluent French", "Inglês
 * fluente", "buona conoscenza della lingua inglese", "sehr gute Englischkenntnisse"). Their
 * names are everyday words, so they count only with a level or a language context nearby (see
 * the spoken-language rule in negative-contexts.ts).
 */
export const SPOKEN_LANGUAGE_SKILLS = defineSkills('spoken-language', [
  'English|ingles;anglais;englisch;inglese;engels;engelsk;engelska;englischkenntnisse;englisch-kenntnisse|Spanish;French;German',
  'Spanish|espanol;castellano;espagnol;espanhol;spagnolo;spanisch;spaans;spansk;spanska;spanischkenntnisse|English;Portuguese',
  'French|frances;francais;francese;franzosisch;frans;fransk;franska;franzosischkenntnisse|English;German',
  'German|aleman;deutsch;alemao;allemand;tedesco;duits;tysk;tyska;deutschkenntnisse;deutsch-kenntnisse|English;French',
  'Portuguese|portugues;portugais;portoghese;portugiesisch;portugees|Spanish;English',
  'Italian|italiano;italien;italienisch;italiaans|English;French',
  'Mandarin|mandarin chinese;chinese;chino;mandarin chino|English',
  'Cantonese|cantones|Mandarin',
  'Japanese|japones;japonais;japanisch;giapponese|English',
  'Korean|coreano|English',
  'Arabic|arabe;arabisch;arabo|English;French',
  'Dutch|neerlandes;nederlands;neerlandais;niederlandisch;olandese;holandes|English;German',
  'Russian|ruso;russe;russisch;russo|English',
  'Hindi|hindi language|English',
  'Polish|polaco|English',
  'Swedish|sueco|English',
  'Turkish|turco|English',
]);
