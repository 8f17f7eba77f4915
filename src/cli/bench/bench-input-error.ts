/** The bench's own input is missing (a fixtures folder): a message for the user, not a stack trace. */
export class BenchInputError extends Error {
  override name = "BenchInputError";
}
