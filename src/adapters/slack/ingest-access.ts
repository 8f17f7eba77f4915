import type { webApi } from "@slack/bolt";
import type { SlackIngestUsers } from "../../config/load-config.js";

export type IngestPermission =
  | { allowed: true }
  | { allowed: false; reason: "not-listed" | "group-check-failed"; detail?: string };

/**
 * Whether a Slack user may add articles: listed by id in SLACK_INGEST_USERS, or a member of a
 * user group listed there (looked up with usergroups.users.list, which needs usergroups:read).
 */
export async function ingestPermission(
  userId: string,
  allowed: SlackIngestUsers,
  client: Pick<webApi.WebClient, "usergroups">,
): Promise<IngestPermission> {
  if (allowed.users.includes(userId)) return { allowed: true };
  for (const usergroup of allowed.groups) {
    try {
      const members = await client.usergroups.users.list({ usergroup });
      if (members.users?.includes(userId)) return { allowed: true };
    } catch (error) {
      return { allowed: false, reason: "group-check-failed", detail: (error as Error).message };
    }
  }
  return { allowed: false, reason: "not-listed" };
}
