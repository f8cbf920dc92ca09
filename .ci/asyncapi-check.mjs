// Parses docs/asyncapi.yaml with the AsyncAPI parser (its own rules and the spec's schema, bindings
// included), resolving the payloads' $refs to the contracts' JSON Schemas from the file's folder.
// Prints every error and warning; fails on an error. Usage: node .ci/asyncapi-check.mjs FILE
import { resolve } from "node:path";
import { DiagnosticSeverity, Parser, fromFile } from "@asyncapi/parser";

const file = process.argv[2] ?? "docs/asyncapi.yaml";
const severities = { [DiagnosticSeverity.Error]: "error", [DiagnosticSeverity.Warning]: "warning" };
const { document, diagnostics } = await fromFile(new Parser(), resolve(file)).parse();

const shown = diagnostics.filter((d) => d.severity in severities);
const where = (d) => (d.path.length ? `/${d.path.join("/")}` : "/") + ` (line ${d.range.start.line + 1})`;
for (const d of shown) console.error(`  ${severities[d.severity]} ${d.code}: ${where(d)} ${d.message}`);
const errors = shown.filter((d) => d.severity === DiagnosticSeverity.Error).length;
if (errors || !document) {
  console.error(`${file} breaks the AsyncAPI specification (${errors} errors).`);
  process.exit(1);
}
console.log(`${file} is a valid AsyncAPI ${document.version()} document `
  + `(${document.channels().length} channels, ${document.messages().length} messages, ${document.operations().length} operations`
  + `${shown.length ? `, ${shown.length} warnings` : ""}).`);
