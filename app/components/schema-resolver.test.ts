import { describe, expect, it } from "vitest";
import { AnswersSchema, questionSchema } from "~/decision/schema";
import { schemaResolver } from "./schema-resolver";

const options = { fields: {}, shouldUseNativeValidation: false } as never;

describe("schemaResolver", () => {
  it("reports the schema's codes per field, like the server", async () => {
    const result = await schemaResolver(AnswersSchema)(
      { arch: "monolith", clients: [], deploy: "mainframe" },
      undefined,
      options,
    );
    expect(Object.keys(result.errors).sort()).toEqual([
      "clients",
      "deploy",
      "domains",
      "logout",
      "sso",
      "store",
    ]);
    expect((result.errors as Record<string, { message: string }>).deploy?.message).toBe("invalid");
    expect((result.errors as Record<string, { message: string }>).sso?.message).toBe("required");
  });

  it("passes valid values through the schema", async () => {
    const result = await schemaResolver(questionSchema("logout"))(
      { logout: "minutes" },
      undefined,
      options,
    );
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ logout: "minutes" });
  });
});
