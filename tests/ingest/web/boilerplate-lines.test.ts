import { describe, expect, test } from "vitest";
import {
  isBylineLine,
  isCallToAction,
  isCreditLine,
  isDateLine,
} from "../../../src/ingest/web/boilerplate-lines.js";

describe("boilerplate lines", () => {
  test.each([
    ["Published 14 March 2025", true],
    ["Updated: 11 June 2025, 10:02", true],
    ["10 June 2025, 09:15 WEST", true],
    ["October 2, 2025 at 9:15 am", true],
    ["2025-03-14", true],
    ["4 min read", true],
    ["The strike began on March 5 after talks broke down.", false],
    ["March 2025 was the wettest month on record in Leeds.", false],
  ])("dateline: %s → %s", (text, expected) => {
    expect(isDateLine(text)).toBe(expected);
  });

  test.each([
    ["Reporting by Camila Rojas; editing by Diego Fuentes", true],
    ["(Additional reporting by Tom Ward)", true],
    ["Photo: Atlantica Power", true],
    ["Reporters asked the minister about the deal.", false],
  ])("credit: %s → %s", (text, expected) => {
    expect(isCreditLine(text)).toBe(expected);
  });

  test.each([
    ["Subscribe now for unlimited access", true],
    ["Read more: Fishing crews protest in Lisbon", true],
    ["Advertisement", true],
    ["This article is for subscribers. Subscribe now for KSh 99 a month.", true],
    ["Sign up for our free newsletter", true],
    ["The paper said its subscribers had doubled since 2020.", false],
    ["Readers can subscribe to the council's alerts, the mayor said.", false],
  ])("call to action: %s → %s", (text, expected) => {
    expect(isCallToAction(text)).toBe(expected);
  });

  test.each([
    ["By Camila Rojas", undefined, true],
    ["Anna Lewandowska", "Anna Lewandowska", true],
    ["By Friday the port had reopened.", undefined, false],
    ["Anna Lewandowska said the race was full.", "Anna Lewandowska", false],
  ])("byline: %s → %s", (text, byline, expected) => {
    expect(isBylineLine(text, byline)).toBe(expected);
  });
});
