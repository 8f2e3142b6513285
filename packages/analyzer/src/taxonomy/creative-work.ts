/**
 * Crafts that produce a piece of work from a brief: graphic, print and web design, illustration,
 * typography, photography, video and audio editing, writing and editing. Filed as practices,
 * they were asked about and practised as a method ("How do you help a team adopt Graphic
 * Design effectively?", "Write a one-page checklist you would follow to do Editing well"); a
 * craft is shown by a piece of work, its process from brief to final version and how its
 * maker takes feedback.
 */
const CREATIVE_WORK: ReadonlySet<string> = new Set([
  'Graphic Design',
  'Print Design',
  'Web Design',
  'Iconography',
  'Illustration',
  'Infographics',
  'Typography',
  'Motion Design',
  '3D Modeling',
  'Photography',
  'Video Editing',
  'Audio Editing',
  'Podcasting',
  'Copywriting',
  'Editing',
  'Technical Writing',
  'Scientific Writing',
  'Creative Writing',
  'Grant Writing',
]);

/** Whether a skill is a craft that produces a piece of work from a brief (see above). */
export const isCreativeWork = (name: string): boolean => CREATIVE_WORK.has(name);

/** Every craft, for the test that checks each is a taxonomy skill. */
export const CREATIVE_WORK_NAMES: readonly string[] = [...CREATIVE_WORK];
