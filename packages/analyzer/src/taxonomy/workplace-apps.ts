/**
 * Everyday applications of office and team work: chat, documents, boards, calendars, help desks,
 * desktop systems, and the business systems of accounting, expenses, sales, HR, signatures and
 * social media. Filed among delivery tools, cloud services or business practices in the
 * taxonomy, they are asked about and practised as applications a team uses, not as parts of a
 * deploy pipeline or a production system ("How does Slack fit into your build, deploy and
 * operate workflow?") nor as a method ("What does good QuickBooks look like?").
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
  'QuickBooks',
  'Xero',
  'Sage',
  'NetSuite',
  'FreshBooks',
  'Bill.com',
  'Expensify',
  'HubSpot',
  'Pipedrive',
  'Odoo',
  'Dynamics 365',
  'BambooHR',
  'Smartsheet',
  'DocuSign',
  'Freshdesk',
  'Intercom',
  'Sprout Social',
  'Hootsuite',
  'Canva',
  'Adobe Acrobat',
]);

/** Whether a skill is an everyday application of office and team work (see above). */
export const isWorkplaceApp = (name: string): boolean => WORKPLACE_APPS.has(name);

/** Every application, for the test that checks each is a taxonomy skill. */
export const WORKPLACE_APP_NAMES: readonly string[] = [...WORKPLACE_APPS];
