export { formatAnswer, formatCitation } from "./format-answer.js";
export { formatAbout, formatFacts, formatQuotes } from "./format-listings.js";
export { PROMPT, startTerminalChat, type TerminalChatOptions } from "./start-terminal-chat.js";
export { createStyle, PLAIN, type Style, wantsColor } from "./style.js";
