import type { QuestionLogConfig } from "../config/load-config.js";
import type { Logger } from "../logger.js";
import { randomSalt } from "./hash-id.js";
import { logTarget } from "./open-database.js";
import { createQuestionLog, disabledQuestionLog, type QuestionLog } from "./question-log.js";

/**
 * The question log the configuration asks for: off, PostgreSQL (DATABASE_URL) or SQLite (DB_PATH).
 * Without LOG_SALT a random salt is used, so user hashes only hold until the process restarts.
 */
export function questionLogFromConfig(
  config: QuestionLogConfig,
  logger: Logger,
  { warnWithoutSalt = true } = {},
): QuestionLog {
  if (!config.enabled) return disabledQuestionLog();
  if (!config.salt && warnWithoutSalt) {
    logger.warn(
      "LOG_SALT is not set: user ids are hashed with a random salt, so they cannot be matched across restarts",
    );
  }
  return createQuestionLog({
    target: logTarget(config),
    salt: config.salt ?? randomSalt(),
    retentionDays: config.retentionDays,
    logger,
  });
}
