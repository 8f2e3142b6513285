/**
 * Everyday applications of office and team work: chat, documents, boards, calendars, help desks,
 * desktop systems. Filed among delivery tools or cloud services in the taxonomy, they are asked
 * about and practised as applications a team uses, not as parts of a deploy pipeline or a
 * production system ("How does Slack fit into your build, deploy and operate workflow?").
 */
const WORKPLACE_APPS: ReadonlySet<string> = new Set([
  'Slack',
  'Microsoft Teams',
  'Zoom',
  'Loom',
  'Trello',
  'Asana',
  'Basecamp',
  'ClickUp',
  'Monday.com',
  'Notion',
  'Confluence',
  'Miro',
  'Airtable',
  'Dropbox',
  'SharePoint',
  'Google Workspace',
  'Google Docs',
  'Google Sheets',
  'Microsoft 365',
  'Microsoft Office',
  'Microsoft Word',
  'Microsoft Outlook',
  'Calendly',
  'Zendesk',
  'Windows',
  'macOS',
]);

/** Whether a skill is an everyday application of office and team work (see above). */
export const isWorkplaceApp = (name: string): boolean => WORKPLACE_APPS.has(name);
