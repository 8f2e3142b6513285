import { asSpaces } from '../text/chars.ts';

/**
 * A company's name before its legal form: "Kaizen Fashion Sàrl", "Agile Partners GmbH", "Cloud
 * Nine Ltd", "Spark & Co." (accents already folded). The words name an employer, not a skill
 * the person has or the job asks for. Up to four capitalised words; the legal form is written as
 * registries write it, in its own case. Each word and gap is bounded, so the scan is linear.
 */
const COMPANY_NAME =
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{N}&'.-]{0,40}[ \t]{1,4}){1,4})(?=(?:&[ \t]?Co\b|&[ \t]?Cie\b|Inc|LLC|L\.L\.C\.|Ltd|GmbH|SARL|Sarl|SAS|S\.A\.|S\.L\.|S\.p\.A\.|S\.r\.l\.|Srl|B\.V\.|N\.V\.|Pty|LLP|PLC|plc)(?![\p{L}\p{N}]))/gu;

/** Blanks the names of companies written with their legal form (same length, line breaks kept). */
export const blankCompanyNames = (folded: string): string => folded.replace(COMPANY_NAME, asSpaces);
