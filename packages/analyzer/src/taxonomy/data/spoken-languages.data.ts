import { defineSkills } from '../define-skills.ts';

/**
 * Spoken languages a posting asks for ("Inglés avanzado", "English C1", "fluent French"). Their
 * names are everyday words, so they count only with a level or a language context nearby (see
 * the spoken-language rule in negative-contexts.ts).
 */
export const SPOKEN_LANGUAGE_SKILLS = defineSkills('spoken-language', [
  'English|ingles;anglais;englisch|Spanish;French;German',
  'Spanish|espanol;castellano;espagnol|English;Portuguese',
  'French|frances;francais|English;German',
  'German|aleman;deutsch|English;French',
  'Portuguese|portugues|Spanish;English',
  'Italian|italiano|English;French',
  'Mandarin|mandarin chinese;chinese;chino;mandarin chino|English',
  'Cantonese|cantones|Mandarin',
  'Japanese|japones|English',
  'Korean|coreano|English',
  'Arabic|arabe|English;French',
  'Dutch|neerlandes;nederlands|English;German',
  'Russian|ruso|English',
  'Hindi|hindi language|English',
  'Polish|polaco|English',
  'Swedish|sueco|English',
  'Turkish|turco|English',
]);
