// Profile
export const skills = [
  "Tools/Software: Oracle 11, Excel (VLookup & Pivot Table), QuickBooks, Case-Ware,",
];

// Projects
export const projects = [];

// Experiences
export const experiences = [
  {
    company: "Levy Erlanger & Company, CPAs",
    title: "Senior  Accountant ",
    location: "San Francisco, CA",
    dates: "Sep 2014 - Current",
    descriptions: [
      "Assist clients in preparing quarterly and annual financial statements in accordance with Generally Accepted Accounting Principle",
      "Revise and reperform bank reconciliation to identify and resolved material variances",
      "Test revenue recognition to ensure records are in accordance with ASC606 ",
      "Analyse fix asset register and annual depreciation expenditures",
      "Understand , evaluate, and test client's internal control system to ensure its compliance with ",
      "Perform analytical procedure on expected and unexpected variances in account balances or class of transactions  ",
      "Test documentation supporting account balances , class of transactions , and communication auditor findings with supervisor and colleagues on daily basis.  ",
      "Train and mentor new employees to work in a fast paced, technical, and customer  service focused environment",
    ],
  },
  {
    company: "Public Library of Science",
    title: "Accounts receivable specialist",
    location: "San Francisco, CA",
    dates: "Jul 2013 - Jun 2014",
    descriptions: [
      "Generated various bills in the system",
      "Processed high volume credit card and wire payments and performed weekly reconciliation",
      "Communicated promptly on collections with international and domestic customers of $10M+ USD ",
      "Ran weekly A/R aging report to ensure accurate balances and payment to follow -up",
      "Prepared credit memorandum and journal entries",
      "Identified and implemented the new billing procedures to improve collection period",
      "Supported management in completing various projects, analysis requests and other tasks assigned",
    ],
  },
  {
    company: "China Southern Airline",
    title: "Staff Accountant/ Intern ",
    location: "Changsha, China",
    dates: "Jan 2013 - Jun 2013",
    descriptions: [
      "Assisted senior accountant to prepare reconciliation for key balance sheet accounts and expense accounts",
      "Maintained supporting schedules including fix assets depreciation schedules, prepaid schedules, long-term debt schedules",
      "Processed payments received from different customers and audited for accuracy",
      "Prepared  monthly Budget vs. Actual report by department ",
    ],
  },
];

// Educations
export const educations = [
  {
    school: "UC Berkeley",
    degree: "B.A. in Economics",
    dates: "Dec 2010 - Dec 2012",
    location: "Berkeley, CA",
  },
];
