import type { App } from "@slack/bolt";
import type { SlackDeps } from "../slack-deps.js";
import * as actions from "./actions/index.js";
import * as commands from "./commands/index.js";
import * as events from "./events/index.js";
import * as messages from "./messages/index.js";

/** Registers every listener, one folder per kind as in Slack's bolt-ts-starter-template. */
export function registerListeners(app: App, deps: SlackDeps): void {
  actions.register(app, deps);
  commands.register(app, deps);
  events.register(app, deps);
  messages.register(app, deps);
}
