/** The resume formats prepkit reads. */
export type ResumeKind = 'pdf' | 'docx';
