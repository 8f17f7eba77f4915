import { createHmac, randomBytes } from "node:crypto";

/**
 * A user or conversation id as the log stores it: an HMAC-SHA256 keyed with the salt, so the
 * same person maps to the same value (answers and feedback can be counted per user) while the
 * id itself cannot be read back, nor found by hashing every known id without the salt.
 * @example hashId("salt", "discord:user", "1234") // "5f1c…" (32 hex characters)
 */
export function hashId(salt: string, kind: string, id: string): string {
  return createHmac("sha256", salt).update(`${kind}\u0000${id}`).digest("hex").slice(0, 32);
}

/** A salt for a process started without LOG_SALT: hashes then hold only until it restarts. */
export function randomSalt(): string {
  return randomBytes(32).toString("hex");
}
