import { readByline } from "../byline.js";

/**
 * Paragraph-level tests for text that is on an article's page but not part of the article:
 * bylines, datelines, credits, calls to action. Each is a pure function of the text, kept
 * narrow enough that a sentence of news never matches ("By Friday the port had reopened.").
 */

const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const DATE_WORDS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|at|on|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|west|edt|est|pdt|pst|updated|published|posted|modified|last|first|min|mins|minutes?|read|ago|hours?)\b/gi;

const CALLS_TO_ACTION = [
  /^(?:subscribe|sign up|sign in|log in|register|read more|read next|read also|also read|related|see also|more on this|advertisement|sponsored|share (?:this|on)|follow us|click here|download (?:our|the) app|already a (?:subscriber|member)|continue reading|story continues)\b/i,
  /^this (?:article|story|content) is (?:only )?(?:for|available to) (?:subscribers|members)\b/i,
  /^(?:get|receive) (?:the|our) [\w\s’']{0,40}newsletter\b/i,
  /^we use cookies\b/i,
];

const CREDITS = [
  /^\(?\s*(?:additional )?(?:reporting|writing|editing|edited|compiled|produced|translated|research|fact-checking)(?: and [\w-]+)? by\b/i,
  /^(?:photo|photograph|image|picture|illustration|video|graphic)s?(?: credits?)?\s*[:—–-]/i,
];

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w.length > 0);

/** "By Camila Rojas", or the page's own byline standing alone. */
export function isBylineLine(text: string, byline?: string): boolean {
  if (readByline(text) !== undefined) return true;
  if (!byline) return false;
  const bare = text
    .replace(/^by\s+/i, "")
    .replace(/[.\s]+$/, "")
    .toLowerCase();
  return bare === byline.toLowerCase();
}

/** "Published 14 March 2025", "2 October 2025, 09:15 WEST", "Updated 3 hours ago", "4 min read". */
export function isDateLine(text: string): boolean {
  const w = words(text);
  if (w.length === 0 || w.length > 12) return false;
  if (/^(?:published|updated|posted|last updated|first published|modified)\b/i.test(text)) {
    return true;
  }
  const dated = MONTH.test(text) || /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/.test(text);
  const readingTime = /^\d+\s*min(?:ute)?s?\s+read$/i.test(text.trim());
  if (readingTime) return true;
  if (!dated) return false;
  const rest = text.replace(DATE_WORDS, " ").replace(/[\d\s,.:/()|·–—-]+/g, " ");
  return words(rest).length === 0;
}

/** "Reporting by X; editing by Y", "Photo: Reuters". */
export function isCreditLine(text: string): boolean {
  return words(text).length <= 30 && CREDITS.some((p) => p.test(text.trim()));
}

/** "Subscribe now…", "Read more: …", "Advertisement", "Sign up for our newsletter". */
export function isCallToAction(text: string): boolean {
  return words(text).length <= 40 && CALLS_TO_ACTION.some((p) => p.test(text.trim()));
}
