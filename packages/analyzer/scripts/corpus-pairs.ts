/** Resumes written for a role, the postings of that role, and a resume for another role. */
export const ROLE_PAIRS: readonly {
  role: string;
  resume: string;
  jobs: readonly string[];
  unrelated: string;
}[] = [
  {
    role: 'frontend',
    resume: 'resumes/pdf/resumematcher__barry_allen_fe.pdf',
    jobs: [
      'jobs/resumematcher__frontend-eng.txt',
      'jobs/resumematcher__job_desc_front_end_engineer.txt',
    ],
    unrelated: 'resumes/pdf/resumematcher__alfred_pennyworth_pm.pdf',
  },
  {
    role: 'product manager',
    resume: 'resumes/pdf/resumematcher__alfred_pennyworth_pm.pdf',
    jobs: [
      'jobs/resumematcher__product-manager.txt',
      'jobs/jd-generator__Product_Manager_AI-ML.txt',
    ],
    unrelated: 'resumes/pdf/resumematcher__barry_allen_fe.pdf',
  },
  {
    role: 'machine learning',
    resume: 'resumes/pdf/resumematcher__resume_1_word2016.pdf',
    jobs: [
      'jobs/resumematcher__job_desc_2_ml-engineer.txt',
      'jobs/jd-generator__ML_Engineer_Intern.txt',
    ],
    unrelated: 'resumes/pdf/resumematcher__alfred_pennyworth_pm.pdf',
  },
  {
    role: 'java',
    resume: 'resumes/pdf/resumematcher__john_doe.pdf',
    jobs: [
      'jobs/resumematcher__job_desc_java_developer.txt',
      'jobs/resumematcher__job_desc_1_java-developer.txt',
    ],
    unrelated: 'resumes/pdf/resumematcher__resume_1_word2016.pdf',
  },
  {
    role: 'full stack',
    resume: 'resumes/pdf/resumematcher__john_doe.pdf',
    jobs: ['jobs/resumematcher__job_desc_1_java-developer.txt'],
    unrelated: 'resumes/pdf/resumematcher__alfred_pennyworth_pm.pdf',
  },
];

/** Pairs whose reports are stored as golden outputs. */
export const GOLDEN_PAIRS: readonly { name: string; resume: string; job: string }[] = [
  {
    name: 'frontend',
    resume: 'resumes/pdf/resumematcher__barry_allen_fe.pdf',
    job: 'jobs/resumematcher__frontend-eng.txt',
  },
  {
    name: 'java',
    resume: 'resumes/pdf/resumematcher__john_doe.pdf',
    job: 'jobs/resumematcher__job_desc_java_developer.txt',
  },
  {
    name: 'data-analytics-es',
    resume: 'resumes/docx/np-job-application__john_doe_resume.docx',
    job: 'jobs/resumematcher__bbva-peru_practicante-data-analytics_es.txt',
  },
];
