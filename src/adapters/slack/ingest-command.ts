import type { webApi } from "@slack/bolt";
import { INGEST_REPLIES, ingestReply } from "./format/ingest-blocks.js";
import type { SlackReply } from "./format/slack-reply.js";
import { ingestPermission } from "./ingest-access.js";
import type { SlackDeps } from "./slack-deps.js";

/**
 * `/ask ingest <url>`: checks who asks, says it is reading, adds the article and replies with
 * what was found. `reply` sends one private message (the command's response_url, through
 * `deps.delivery`). Group membership is read through `deps.delivery.readOnly`: the Web API
 * client does not retry on its own, and a lookup that changes nothing is safe to try again.
 */
export async function runIngestCommand(
  url: string,
  who: { team?: string; user: string },
  deps: SlackDeps,
  client: Pick<webApi.WebClient, "usergroups">,
  reply: (message: SlackReply) => Promise<unknown>,
): Promise<void> {
  const ingest = deps.ingest;
  if (!ingest) {
    await reply(INGEST_REPLIES.off());
    return;
  }
  const membersOf = async (usergroup: string) => {
    const list = await deps.delivery.readOnly("usergroups.users.list", () =>
      client.usergroups.users.list({ usergroup }),
    );
    return list.users ?? [];
  };
  const permission = await ingestPermission(who.user, ingest.allowed, membersOf);
  if (!permission.allowed) {
    if (permission.reason === "group-check-failed") {
      deps.logger.warn("could not read a Slack user group for /ask ingest", {
        user: who.user,
        error: permission.detail,
      });
      await reply(INGEST_REPLIES.groupCheckFailed());
    } else await reply(INGEST_REPLIES.notAllowed());
    return;
  }
  if (url === "") {
    await reply(INGEST_REPLIES.usage());
    return;
  }
  await reply(INGEST_REPLIES.reading(url));
  const result = await ingest.addArticle(url, `slack:${who.team ?? "-"}:${who.user}`);
  await reply(ingestReply(result));
}
