// Generates src/api/schema.d.ts, the TypeScript types of the wire contract, from the
// OpenAPI document api/openapi.json: `npm run gen:api`. test/schema.test.ts fails when
// the committed file differs from what this writes.
//
// openapi-typescript, because it emits types only (no runtime code in the bundle, the
// readers in src/api stay the one place that checks answers), reads OpenAPI 3.1 with
// JSON Schema 2020-12 as the server serves it, keeps the document's schema names
// (components["schemas"]["Actor"]) and describes every operation's answers by status
// (paths["/api/v1/actors"]["get"]["responses"][200]), so that a change of the contract
// breaks the type check of the code that reads it.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

/** documentURL is the OpenAPI document the types are generated from. */
export const documentURL = new URL("../../api/openapi.json", import.meta.url);

/** outputPath is the generated file. */
export const outputPath = fileURLToPath(new URL("../src/api/schema.d.ts", import.meta.url));

const header = `// Generated from api/openapi.json by \`npm run gen:api\` (openapi-typescript); do not edit.\n\n`;

/** generate returns the text of schema.d.ts for the document at url. */
export async function generate(url = documentURL) {
  return header + astToString(await openapiTS(url, { silent: true }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(outputPath, await generate());
  console.log("wrote", outputPath);
}
