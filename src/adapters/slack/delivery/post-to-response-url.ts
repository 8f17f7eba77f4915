import { parseRetryAfter, ResponseUrlError } from "./classify-failure.js";

/** What the app posts to a response_url (Bolt's RespondArguments, narrowed to what we send). */
export interface ResponseMessage {
  response_type?: "ephemeral" | "in_channel";
  replace_original?: boolean;
  text: string;
  blocks?: unknown[];
}

/**
 * One POST of `message` to a response_url, within `timeoutMs` (body included). Throws a
 * ResponseUrlError for a status other than 2xx, fetch's own error when the network fails.
 */
export async function postToResponseUrl(
  url: string,
  message: ResponseMessage,
  timeoutMs: number,
): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(message),
    redirect: "error",
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = await response.text();
  if (!response.ok) {
    throw new ResponseUrlError(
      response.status,
      parseRetryAfter(response.headers.get("retry-after")),
      body,
    );
  }
}
