import type { SlackIngestUsers } from "../../config/load-config.js";

export type IngestPermission =
  | { allowed: true }
  | { allowed: false; reason: "not-listed" | "group-check-failed"; detail?: string };

/** The members of a Slack user group (usergroups.users.list, which needs usergroups:read). */
export type GroupMembers = (usergroup: string) => Promise<readonly string[]>;

/**
 * Whether a Slack user may add articles: listed by id in SLACK_INGEST_USERS, or a member of a
 * user group listed there.
 */
export async function ingestPermission(
  userId: string,
  allowed: SlackIngestUsers,
  membersOf: GroupMembers,
): Promise<IngestPermission> {
  if (allowed.users.includes(userId)) return { allowed: true };
  for (const usergroup of allowed.groups) {
    try {
      if ((await membersOf(usergroup)).includes(userId)) return { allowed: true };
    } catch (error) {
      return { allowed: false, reason: "group-check-failed", detail: (error as Error).message };
    }
  }
  return { allowed: false, reason: "not-listed" };
}
