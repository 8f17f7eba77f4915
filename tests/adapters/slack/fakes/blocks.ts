/** Helpers to read what the app sent in Block Kit, without caring about layout details. */

interface Button {
  action_id: string;
  text: string;
  value: string;
}

type Json = Record<string, unknown>;

function asBlocks(blocks: unknown): Json[] {
  return Array.isArray(blocks) ? (blocks as Json[]) : [];
}

/** Every mrkdwn / plain text in section and context blocks, in order, one per line. */
export function blockText(blocks: unknown): string {
  const texts: string[] = [];
  for (const block of asBlocks(blocks)) {
    const text = block["text"] as Json | undefined;
    if (typeof text?.["text"] === "string") texts.push(text["text"]);
    for (const el of (block["elements"] as Json[] | undefined) ?? []) {
      if (typeof el["text"] === "string") texts.push(el["text"]);
    }
  }
  return texts.join("\n");
}

function allButtons(blocks: unknown): Button[] {
  return asBlocks(blocks)
    .filter((b) => b["type"] === "actions")
    .flatMap((b) => (b["elements"] as Json[]) ?? [])
    .filter((el) => el["type"] === "button")
    .map((el) => ({
      action_id: String(el["action_id"]),
      text: String((el["text"] as Json)["text"]),
      value: String(el["value"]),
    }));
}

const isFeedback = (b: Button) => /^feedback_(up|down)$/.test(b.action_id);

/** Every button in the message's actions blocks but 👍 and 👎 (see `feedbackButtons`). */
export function buttons(blocks: unknown): Button[] {
  return allButtons(blocks).filter((b) => !isFeedback(b));
}

/** The 👍 and 👎 buttons under an answer. */
export function feedbackButtons(blocks: unknown): Button[] {
  return allButtons(blocks).filter(isFeedback);
}
