import type { Logger } from "../../logger.js";

/**
 * Last-resort handlers. The adapters catch their own errors; anything reaching here is a bug,
 * so it is logged rather than swallowed. A rejected promise leaves the process running
 * (one failed reply must not take the bot down); an uncaught exception leaves the process in an
 * unknown state, so it exits.
 */
export function installCrashHandlers(logger: Logger): void {
  process.on("unhandledRejection", (reason) => {
    logger.error("unhandled promise rejection", { error: reason });
  });
  process.on("uncaughtException", (error) => {
    logger.error("uncaught exception; exiting", { error });
    process.exit(1);
  });
}
