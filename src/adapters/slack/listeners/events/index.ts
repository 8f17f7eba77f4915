import type { App } from "@slack/bolt";
import type { SlackDeps } from "../../slack-deps.js";
import { appMention } from "./app-mention.js";

export function register(app: App, deps: SlackDeps): void {
  app.event("app_mention", appMention(deps));
}
