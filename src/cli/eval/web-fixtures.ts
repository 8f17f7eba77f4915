import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";

/** Where the web fixture pages live and the manifest that describes them. */
export const WEB_FIXTURES_MANIFEST = "tests/fixtures/web/pages.json";

const ExpectSchema = z.strictObject({
  title: z.string().min(1),
  byline: z.string().min(1),
  published: z.iso.date(),
  source: z.string().min(1),
  /** `{{BASE}}` stands for the address the page was served from. */
  url: z.string().min(1),
  paywalled: z.boolean().optional(),
});

const PageSchema = z.union([
  z.strictObject({
    page: z.string().min(1),
    shape: z.string().min(1),
    clean: z.string().min(1),
    questions: z.string().min(1),
    expect: ExpectSchema,
  }),
  z.strictObject({ page: z.string().min(1), shape: z.string().min(1), refused: z.literal(true) }),
]);

const ManifestSchema = z.strictObject({ about: z.string(), pages: z.array(PageSchema).min(1) });

/** One fixture page with absolute paths: the HTML, its article's clean text and its questions. */
export type WebFixture =
  | {
      name: string;
      shape: string;
      html: string;
      clean: string;
      questions: string;
      expect: z.infer<typeof ExpectSchema>;
    }
  | { name: string; shape: string; html: string; refused: true };

export class WebFixturesError extends Error {
  override name = "WebFixturesError";
}

/** Reads and validates the manifest; errors name the entry and field. */
export function readWebFixtures(manifest: string = WEB_FIXTURES_MANIFEST): WebFixture[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(manifest, "utf8"));
  } catch (error) {
    throw new WebFixturesError(`Cannot read ${manifest}: ${(error as Error).message}`);
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  - ${manifest}: ${i.path.join(".")}: ${i.message}`,
    );
    throw new WebFixturesError(`Invalid web fixtures manifest:\n${lines.join("\n")}`);
  }
  const dir = dirname(manifest);
  return parsed.data.pages.map((p) => {
    const name = p.page.replace(/\.html?$/, "");
    const html = join(dir, p.page);
    if ("refused" in p) return { name, shape: p.shape, html, refused: true };
    return {
      name,
      shape: p.shape,
      html,
      clean: join(dir, p.clean),
      questions: join(dir, p.questions),
      expect: p.expect,
    };
  });
}
