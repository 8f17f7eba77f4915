/** Every sentence the conversation use cases (summary, yes/no, follow-ups) say, in one place. */
export const CONVERSATION_MESSAGES = Object.freeze({
  mainPoints: "Main points:",
  articlesKnown: (n: number) => `I know ${n} ${n === 1 ? "article" : "articles"}:`,
  yes: "Yes.",
  no: "No.",
  notSaidSo: "The article doesn't say so.",
  isRole: (name: string, role: string) => `${name} is ${role}.`,
  closest: "The closest it comes:",
});
