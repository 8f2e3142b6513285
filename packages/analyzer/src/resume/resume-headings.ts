import type { HeadingVocabulary } from '../text/sections.ts';

/** Where a phrase of a resume sits; `header` is the text before the first heading. */
export type ResumeSection =
  | 'header'
  | 'summary'
  | 'experience'
  | 'skills'
  | 'projects'
  | 'education'
  | 'certifications'
  | 'interests'
  | 'other';

/**
 * Resume headings, English and Spanish, and experience headings in six more languages
 * (lowercase, accents folded).
 */
export const RESUME_HEADINGS: HeadingVocabulary<Exclude<ResumeSection, 'header'>> = {
  summary: [
    'summary',
    'professional summary',
    'profile',
    'professional profile',
    'objective',
    'career objective',
    'about me',
    'about',
    'resumen',
    'perfil',
    'perfil profesional',
    'extracto',
  ],
  experience: [
    'experience',
    'work experience',
    'professional experience',
    'employment',
    'employment history',
    'work history',
    'career history',
    'relevant experience',
    'experiencia',
    'experiencia laboral',
    'experiencia profesional',
    'positions',
    'internships',
    'professional history',
    'employment experience',
    'research experience',
    'teaching experience',
    'industry experience',
    'clinical experience',
    'technical experience',
    'leadership experience',
    'relevant work experience',
    'accomplishments',
    'career',
    // German, Italian, Portuguese, Dutch and the Scandinavian languages (folded).
    'berufserfahrung',
    'berufliche erfahrung',
    'beruflicher werdegang',
    'werdegang',
    'praxiserfahrung',
    'esperienza',
    'esperienze',
    'esperienze lavorative',
    'esperienza professionale',
    'experiencia profissional',
    'werkervaring',
    'ervaring',
    'arbetslivserfarenhet',
    'erfarenhet',
    'arbeidserfaring',
    'erfaring',
  ],
  skills: [
    'skills',
    'technical skills',
    'core skills',
    'key skills',
    'skills & awards',
    'skills and awards',
    'competencies',
    'core competencies',
    'technologies',
    'tech stack',
    'tools',
    'habilidades',
    'competencias',
    'conocimientos',
    'aptitudes',
    'programming languages',
    'languages and technologies',
  ],
  projects: [
    'projects',
    'personal projects',
    'selected projects',
    'side projects',
    'proyectos',
    'open source',
  ],
  education: [
    'education',
    'academic background',
    'education and training',
    'formacion',
    'formacion academica',
    'educacion',
    'estudios',
  ],
  certifications: [
    'certifications',
    'certificates',
    'licenses',
    'awards',
    'honors',
    'certificaciones',
    'publications',
    'publicaciones',
  ],
  // Pastimes: "Photography", "Chess" there are no professional skills.
  interests: [
    'interests',
    'hobbies',
    'hobbies and interests',
    'interests and hobbies',
    'hobbies & interests',
    'interests & hobbies',
    'personal interests',
    'pastimes',
    'intereses',
    'aficiones',
    'hobbies e intereses',
    'loisirs',
    "centres d'interet",
    'interessen',
    'hobbys',
    'freizeit',
  ],
  other: [
    'references',
    'languages',
    'idiomas',
    'volunteering',
    'extra-curricular activities',
    'activities',
    'links',
    'contact',
  ],
};
