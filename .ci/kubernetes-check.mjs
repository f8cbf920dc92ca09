// Validates multi-document Kubernetes manifests: built-in kinds against the Kubernetes OpenAPI schemas
// (kubernetes-models: types, required fields, formats; those schemas let unknown fields through), custom
// resources against the CRDs in .ci/crds/ (unknown fields fail there, as the API server prunes them).
// A kind that neither knows fails. Usage: node .ci/kubernetes-check.mjs FILE...
import { readdirSync, readFileSync } from "node:fs";
import Ajv from "ajv";
import { parseAllDocuments } from "yaml";

const crdDir = new URL("crds/", import.meta.url);
// A structural schema's object without properties of its own is open; one with properties is closed.
const closed = (node) =>
  Array.isArray(node) ? node.map(closed)
  : node && typeof node === "object"
    ? Object.assign(Object.fromEntries(Object.entries(node).map(([key, value]) => [key, closed(value)])),
        node.properties && node.additionalProperties === undefined && !node["x-kubernetes-preserve-unknown-fields"]
          ? { additionalProperties: false } : {})
    : node;
const ajv = new Ajv({ allErrors: true, strict: false });
const customKinds = new Map();
for (const file of readdirSync(crdDir).filter((name) => name.endsWith(".yaml"))) {
  for (const crd of parseAllDocuments(readFileSync(new URL(file, crdDir), "utf8")).map((doc) => doc.toJS())) {
    for (const version of crd.spec.versions.filter((v) => v.served)) {
      customKinds.set(`${crd.spec.group}/${version.name} ${crd.spec.names.kind}`,
        ajv.compile(closed(version.schema.openAPIV3Schema)));
    }
  }
}

const describe = (e) =>
  `${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? `: ${e.params.additionalProperty}` : ""}`;

// "apps/v1" is kubernetes-models/apps/v1, "v1" kubernetes-models/v1; the module's export of that name must be the kind.
async function errorsOf(resource) {
  const { apiVersion, kind } = resource;
  const custom = customKinds.get(`${apiVersion} ${kind}`);
  if (custom) return custom(resource) ? [] : custom.errors.map(describe);
  const model = await import(`kubernetes-models/${apiVersion}`).then((module) => module[kind], () => undefined);
  if (!model || model.apiVersion !== apiVersion || model.kind !== kind) return [`unknown kind ${kind} of ${apiVersion}`];
  try {
    new model(resource).validate();
    return [];
  } catch (error) {
    return error.errors ? error.errors.map(describe) : [error.message];
  }
}

const dnsSubdomain = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
let failed = false;
for (const file of process.argv.slice(2)) {
  const documents = parseAllDocuments(readFileSync(file, "utf8")).filter((doc) => doc.contents !== null);
  const problems = [];
  for (const [index, doc] of documents.entries()) {
    if (doc.errors.length) { problems.push(`document ${index + 1}: ${doc.errors[0].message}`); continue; }
    const resource = doc.toJS();
    const name = `document ${index + 1} (${resource?.kind ?? "no kind"} ${resource?.metadata?.name ?? "unnamed"})`;
    if (!dnsSubdomain.test(resource?.metadata?.name ?? "")) problems.push(`${name}: /metadata/name is not a DNS subdomain`);
    for (const error of await errorsOf(resource ?? {})) problems.push(`${name}: ${error}`);
  }
  if (problems.length || !documents.length) {
    failed = true;
    console.error(`${file} breaks the schemas of its kinds:`);
    for (const problem of problems.length ? problems : ["no resources"]) console.error(`  ${problem}`);
  } else {
    const kinds = [...new Set(documents.map((doc) => doc.toJS().kind))].join(", ");
    console.log(`${file} conforms to the schemas of its kinds (${documents.length} resources: ${kinds}).`);
  }
}
process.exit(failed ? 1 : 0);
