/**
 * Sections of a CV that show work by their entries alone: talks given show Public Speaking,
 * papers published Scientific Writing, grants won Grant Writing, students supervised Mentoring.
 * A CV seldom writes these skills out.
 */

/** Where a section's first entry is. */
export interface SectionEntry {
  /** Start and end of the first entry's text in the folded text. */
  start: number;
  end: number;
}

/**
 * A section heading alone on its line: `name` (a pattern over the folded text), with Markdown
 * heading marks or bold around it, a colon after it, and `after` (what a PDF may leave at the
 * end of the line) before the line ends. Global, multiline, case-insensitive.
 */
const headingAlone = (name: RegExp, after = ''): RegExp =>
  new RegExp(
    String.raw`^[ \t]*(?:#{1,4}[ \t]*|\*\*)?(?:${name.source})[ \t]*(?:\*\*)?:?[ \t]*${after}$`,
    'gim',
  );

/**
 * A heading of the section a CV gives to the talks its person gave: "Invited Talks", "Speaking",
 * "Selected Presentations & Posters", "Conferences and Presentations", "Conférences",
 * "Ponencias", "Presentaciones", "Vorträge" (folded text: accents folded), alone on its line
 * ({@link headingAlone}); a PDF may break "Selected presentations &" before its last word.
 */
const TALKS_HEADING = headingAlone(
  /(?:selected |invited |conference |contributed |oral |recent |scientific )?(?:talks|presentations|conferences|speaking(?: engagements)?|communications orales|ponencias|presentaciones|apresentacoes|presentazioni|palestras|vortrage)(?: (?:and|&|et|y|e) (?:presentations|talks|seminars|posters|invited talks|workshops|conferences))?(?: at (?:scientific )?(?:meetings|conferences))?(?: \([^)\n]{0,60}\))?/,
  String.raw`&?[ \t]*`,
);

/**
 * The heading a French academic CV gives to its talks: "Communications", "Communications
 * (sélection)", "Communications et séminaires" (folded). An English CV may head its
 * communications work so, hence {@link MEETING} under it.
 */
const COMMUNICATIONS_HEADING = headingAlone(
  /communications(?: \(selection\)| et seminaires| scientifiques)?/,
);
/** A scholarly meeting, as a French CV names the one where it gave a talk. */
const MEETING = /colloque|seminaire|conference|congres|journees|workshop|symposium|ecole d.ete/i;

/**
 * A heading of the section a CV gives to what its person published: "Publications",
 * "Peer-Reviewed Publications", "Journal Articles", "Publications évaluées par les pairs",
 * "Publicaciones", "Veröffentlichungen", "4. Papers Publicados", "Artículos de investigación",
 * "Publicaciones en Revistas, Congresos y ..." (folded), alone on its line as
 * {@link TALKS_HEADING}.
 */
const PUBLICATIONS_HEADING = headingAlone(
  /(?:\d{1,2}\.[ \t]*)?(?:selected |peer[- ]reviewed |refereed |recent |scientific |academic |journal |published |research |other )?(?:publications?|publicaciones|publicacoes|pubblicazioni|publikationen|veroffentlichungen|publicaties|journal articles|articles|papers|publications evaluees par les pairs|articles scientifiques|publications scientifiques|publicaciones cientificas|articulos|articulos de investigacion|artigos de pesquisa|articles de recherche|papers publicados|articulos publicados|artigos publicados|articles publies)(?: (?:en|in|em|dans) (?:revistas|journals|periodicos|revues|riviste)[^\n]{0,60})?(?: (?:and|&|et|y|e) (?:presentations|talks|preprints|working papers|conference proceedings|proceedings|posters|communications|patents|conferences))?(?: \([^)\n]{0,30}\))?/,
);

/**
 * A heading of the section a CV gives to the research money its person won: "Grants",
 * "Grants & Fellowships", "Research Funding", "Financements", "Drittmittel" (folded), alone on
 * its line as {@link TALKS_HEADING}. A heading that lists grants after awards or fellowships
 * ("Prizes and Grants") is mostly of scholarships won, no proposal written.
 */
const GRANTS_HEADING = headingAlone(
  /(?:research |selected |external |extramural |competitive )?(?:grants?|funding|research funding|grants received|financements?|subvenciones|financiamiento|financiacion|drittmittel|financiamentos?|finanziamenti)(?:(?:,| and| &| et| y| e)+ (?:fellowships|awards|honou?rs|scholarships|prizes|funding|bourses|prix|becas|premios))*/,
);

/**
 * A heading of the section a CV gives to the students its person supervised: "Encadrement",
 * "Encadrements", "Student Supervision", "Supervised Students" (folded), alone on its line as
 * {@link TALKS_HEADING}.
 */
const SUPERVISION_HEADING = headingAlone(
  /encadrements?|encadrement d.etudiants|student supervision|supervision of students|research supervision|students supervised|supervised students/,
);

/**
 * What a published paper's entry names: a journal or proceedings, co-authors, a DOI, a review
 * status, a volume and pages, or a quoted title ({@link QUOTED_TITLE}). A site template's list
 * of blog articles names none.
 */
const PAPER_MARK =
  /journal|proceedings|conference|revue|revista|rivista|zeitschrift|tagungsband|et al|doi|peer[- ]review|in press|submitted|under review|preprint|arxiv|vol\.|pp\.|\b\d+\(\d+\)/i;
/**
 * A title in typographic quotes (“…”, « … », „…“), as a citation writes a paper's or a report's
 * title: read in the first entry only, since a later quote may be a referee's words.
 */
const QUOTED_TITLE = /[“«„][^”»“]{12,300}[”»“]/;
/** Characters after a publications heading read for a quoted title: its first entry. */
const TITLE_READ = 200;
/**
 * Authors written with their initials, as a paper's entry lists them: "Wang, J., Turesky, T.,"
 * or "Toth J, Wright D,". The DOI may be a link, and links are blanked before this is read.
 */
const AUTHOR_INITIALS =
  /\p{Lu}[\p{Ll}'-]+,\s\p{Lu}\.(?:\s?\p{Lu}\.)?,\s.{0,40}?\p{Lu}[\p{Ll}'-]+,\s\p{Lu}\.|\p{Lu}[\p{Ll}'-]+\s\p{Lu}{1,2}\s?[†*]?,\s\p{Lu}[\p{Ll}'-]+\s\p{Lu}{1,2}\s?[†*]?,/u;

/** Characters after the heading read for a dated entry: the first talk or two. */
const ENTRY_READ = 300;
/** Characters after a publications heading read for what marks a paper: its first entries. */
const PAPER_READ = 600;
const YEAR = /\b(?:19|20)\d\d\b/;

/**
 * The first section under `heading` whose text right after it names a year (and passes
 * `shows`, given the text after the heading), as its first entry; or undefined. A site
 * template's empty section (a loop over a collection, a "Browse N presentations" link) names
 * no year and shows nothing.
 */
const firstDatedEntry = (
  folded: string,
  heading: RegExp,
  shows: (after: number) => boolean = () => true,
): SectionEntry | undefined => {
  heading.lastIndex = 0;
  for (let m = heading.exec(folded); m !== null; m = heading.exec(folded)) {
    const after = m.index + m[0].length;
    const following = folded.slice(after, after + ENTRY_READ);
    if (!YEAR.test(following) || !shows(after)) continue;
    const lead = following.length - following.trimStart().length;
    const start = after + lead;
    const lineEnd = folded.indexOf('\n', start);
    return { start, end: lineEnd === -1 ? folded.length : lineEnd };
  }
  return undefined;
};

/**
 * The first talks section of a CV that lists a dated talk, or undefined. Such a section shows
 * Public Speaking: on the tuning split, 20 CVs with one label the skill (core or acceptable), 3
 * do not.
 */
export const findTalksEntry = (folded: string): SectionEntry | undefined =>
  firstDatedEntry(folded, TALKS_HEADING) ??
  firstDatedEntry(folded, COMMUNICATIONS_HEADING, (after) =>
    MEETING.test(folded.slice(after, after + ENTRY_READ)),
  );

/**
 * The first publications section of a CV that lists a dated paper (a journal, proceedings,
 * co-authors, a DOI...), or undefined. Such a section shows Scientific Writing: on the tuning
 * split (rules 1.8.382), 31 CVs with one label the skill (core or acceptable), 12 do not.
 */
export const findPublicationsEntry = (folded: string): SectionEntry | undefined =>
  firstDatedEntry(folded, PUBLICATIONS_HEADING, (after) => {
    const entries = folded.slice(after, after + PAPER_READ);
    return (
      PAPER_MARK.test(entries) ||
      AUTHOR_INITIALS.test(entries) ||
      QUOTED_TITLE.test(entries.slice(0, TITLE_READ))
    );
  });

/**
 * The first section of the students a CV's person supervised that names a dated supervision, or
 * undefined. Such a section shows Mentoring: on the tuning split (rules 1.8.434), 9 CVs have one,
 * all label the skill (7 found it already).
 */
export const findSupervisionEntry = (folded: string): SectionEntry | undefined =>
  firstDatedEntry(folded, SUPERVISION_HEADING);

/**
 * The first grants section of a CV that names a dated grant, or undefined. Such a section
 * shows Grant Writing: on the tuning split (rules 1.8.384), 6 CVs with one label the skill
 * (core or acceptable), 1 does not.
 */
export const findGrantsEntry = (folded: string): SectionEntry | undefined =>
  firstDatedEntry(folded, GRANTS_HEADING);
