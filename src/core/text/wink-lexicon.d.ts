// wink-lexicon ships plain CommonJS data without types; these are the two lists we read.
declare module "wink-lexicon/src/irregular-verbs.js" {
  const forms: Readonly<Record<string, string | undefined>>;
  export default forms;
}
declare module "wink-lexicon/src/irregular-nouns.js" {
  const nouns: {
    readonly singular: Readonly<Record<string, string | undefined>>;
    readonly plural: Readonly<Record<string, string | undefined>>;
  };
  export default nouns;
}
