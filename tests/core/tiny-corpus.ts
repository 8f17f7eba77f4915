import {
  type ArticleKnowledge,
  ArticleSchema,
  EntitiesSchema,
  FactsSchema,
} from "../../src/core/knowledge/schema.js";

/** A two-paragraph article small enough to reason about in a test, validated like real data. */
export function tinyCorpus(): ArticleKnowledge[] {
  const text1 =
    "The Gdansk Marathon raised its entry cap and sold out in two days with 18,500 runners, race director Marta Kowalska said on Monday.";
  const text2 =
    "Mayor Jan Nowak, who opened the race village, thanked the volunteers for their work.";
  return [
    {
      article: ArticleSchema.parse({
        id: "tiny-marathon",
        title: "Marathon sells out",
        source: "Test",
        paragraphs: [
          { n: 1, text: text1 },
          { n: 2, text: text2 },
        ],
      }),
      entities: EntitiesSchema.parse([
        { id: "gdansk-marathon", type: "event", name: "Gdansk Marathon" },
        {
          id: "marta-kowalska",
          type: "person",
          name: "Marta Kowalska",
          aliases: ["Kowalska", "race director"],
          role: "race director",
        },
        { id: "jan-nowak", type: "person", name: "Jan Nowak", aliases: ["Nowak"], role: "mayor" },
      ]),
      facts: FactsSchema.parse([
        {
          id: "sell-out-time",
          paragraph: 1,
          answerType: "date",
          answer: "In two days",
          statement: "The Gdansk Marathon sold out in two days.",
          evidence: text1,
          questions: ["How quickly did the Gdansk Marathon sell out?"],
          entities: ["gdansk-marathon"],
        },
        {
          id: "runner-count",
          paragraph: 1,
          answerType: "number",
          answer: "18,500 runners",
          statement: "After raising its entry cap, the Gdansk Marathon has 18,500 runners.",
          evidence: text1,
          questions: ["How many runners does the Gdansk Marathon have?"],
          entities: ["gdansk-marathon"],
        },
        {
          id: "kowalska-role",
          paragraph: 1,
          answerType: "role",
          answer: "Race director",
          statement: "Marta Kowalska is the race director of the Gdansk Marathon.",
          evidence: text1,
          questions: ["Who is Marta Kowalska?", "What is Kowalska's job?"],
          entities: ["marta-kowalska", "gdansk-marathon"],
        },
        {
          id: "nowak-role",
          paragraph: 2,
          answerType: "role",
          answer: "Mayor",
          statement: "Jan Nowak is the mayor; he thanked Marta Kowalska's volunteers.",
          evidence: text2,
          questions: ["Who is Jan Nowak?", "What is Nowak's job?"],
          entities: ["jan-nowak"],
        },
        {
          id: "announcement-day",
          paragraph: 1,
          answerType: "date",
          answer: "Monday",
          statement: "Marta Kowalska announced the sell-out on Monday.",
          evidence: text1,
          questions: ["When did Kowalska announce the sell-out?"],
          entities: ["marta-kowalska"],
        },
      ]),
      quotes: [],
    },
  ];
}
