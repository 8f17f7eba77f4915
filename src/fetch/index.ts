/** Safe fetching of web pages and feeds: what a chat user may make the bot read. */
export { type AddressKind, addressKind } from "./address-ranges.js";
export { normalizeHost, parseWebUrl } from "./check-target.js";
export type { DocumentKind } from "./content-type.js";
export { decodeBody } from "./content-type.js";
export { FetchRefusal, REFUSE, type RefusalCode } from "./fetch-refusal.js";
export { FETCH_DEFAULTS, type FetchSettings, fetchSettings } from "./fetch-settings.js";
export type { ResolvedAddress, Resolver } from "./resolve-host.js";
export { type FetchedDocument, fetchDocument } from "./safe-fetch.js";
