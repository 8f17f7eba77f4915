/** Thrown when a data file is missing, unreadable or invalid; the message names file, entry and field. */
export class KnowledgeError extends Error {
  override name = "KnowledgeError";
}
