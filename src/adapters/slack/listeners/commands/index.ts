import type { App } from "@slack/bolt";
import type { SlackDeps } from "../../slack-deps.js";
import { askCommand } from "./ask-command.js";

export function register(app: App, deps: SlackDeps): void {
  app.command("/ask", askCommand(deps));
}
