// Checks API answers against the OpenAPI document that the server serves
// (/api/v1/openapi.json, OpenAPI 3.1, whose schemas are JSON Schema 2020-12): the
// operation is found by method and path, the status must be one the document lists,
// and a JSON body must match the schema of that status and content type. The browser
// tests check every /api/v1 answer the page receives (watch); test/contract.test.ts
// shows that a wrong body fails.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

/** Members of an OpenAPI document (and of its schema objects) that JSON Schema does not define. */
const openapiKeywords = ["openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks", "components", "security", "tags", "externalDocs", "discriminator", "xml", "example"];

/** escape turns a member name into a segment of a JSON pointer in a URI fragment (RFC 6901 § 6). */
const escape = (s) => encodeURIComponent(s.replaceAll("~", "~0").replaceAll("/", "~1"));

/**
 * contract returns check(method, url, status, contentType, body), which returns null
 * when the answer is documented, else a message naming the operation, the status and
 * the schema errors. body is the parsed JSON, or undefined for other content.
 */
export function contract(doc) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  addFormats(ajv);
  ajv.addVocabulary(openapiKeywords);
  ajv.addSchema(doc, "openapi.json");
  const routes = Object.entries(doc.paths ?? {})
    .map(([path, item]) => ({
      path,
      item,
      params: (path.match(/\{[^}]+\}/g) ?? []).length,
      pattern: new RegExp("^" + path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}]+\\?\}/g, "[^/]+") + "$"),
    }))
    .sort((a, b) => a.params - b.params); // /imports/formats before /imports/{x}
  const compiled = new Map();
  const resolve = (o) => {
    for (let seen = 0; o?.$ref && seen < 10; seen++) {
      if (!o.$ref.startsWith("#/")) throw new Error(`only local references are resolved: ${o.$ref}`);
      o = o.$ref.slice(2).split("/").reduce((x, k) => x?.[k.replaceAll("~1", "/").replaceAll("~0", "~")], doc);
    }
    return o;
  };

  return function check(method, url, status, contentType, body) {
    const path = new URL(url, "http://x").pathname;
    const m = method.toLowerCase();
    const route = routes.find((r) => r.pattern.test(path) && r.item[m]);
    if (!route) return `${method} ${path}: no operation in the document`;
    const op = route.item[m];
    const name = `${op.operationId ?? method + " " + route.path} (${method} ${path})`;
    const responses = op.responses ?? {};
    const key = [String(status), `${String(status)[0]}XX`, "default"].find((k) => k in responses);
    if (!key) return `${name}: status ${status} is not documented (documented: ${Object.keys(responses).join(", ")})`;
    const response = resolve(responses[key]);
    const content = response?.content;
    if (!content || status === 304 || status === 204) return null;
    const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
    const media = Object.keys(content).find((t) => t.toLowerCase() === type);
    if (!media) return `${name}: status ${status} answered ${type || "without a content type"}, the document lists ${Object.keys(content).join(", ")}`;
    if (body === undefined || !content[media].schema) return null;
    const at = responses[key].$ref ?? `#/paths/${escape(route.path)}/${m}/responses/${key}`;
    const pointer = `openapi.json${at}/content/${escape(media)}/schema`;
    let validate = compiled.get(pointer);
    if (!validate) compiled.set(pointer, (validate = ajv.compile({ $ref: pointer })));
    if (validate(body)) return null;
    const errors = validate.errors.slice(0, 8).map((e) => `${e.instancePath || "/"} ${e.message}${e.params && Object.keys(e.params).length ? " " + JSON.stringify(e.params) : ""} (${e.schemaPath})`);
    return `${name}: status ${status} does not match the schema: ${errors.join("; ")}${validate.errors.length > 8 ? `; … ${validate.errors.length - 8} more` : ""}`;
  };
}

/** loadContract fetches the document the server at base serves and returns its check. */
export async function loadContract(base) {
  const res = await fetch(new URL("/api/v1/openapi.json", base));
  if (!res.ok) throw new Error(`GET /api/v1/openapi.json: status ${res.status}`);
  return contract(await res.json());
}

const isJSON = (type) => /^application\/([\w.+-]+\+)?json\b/i.test(type ?? "");

/**
 * watch checks every /api/v1 answer that pages of the browser context receive: it
 * counts them in contract.checked and collects the messages of those that the document
 * does not describe in contract.violations. Closing the context first waits for the
 * checks of the answers already received; an answer that arrives while it closes can no
 * longer be read, and is left unchecked rather than reported.
 */
export function watch(context, contract) {
  const { check, violations } = contract;
  const pending = new Set();
  let closing = false;
  context.on("response", (res) => {
    if (!new URL(res.url()).pathname.startsWith("/api/v1/")) return;
    const type = res.headers()["content-type"];
    const p = (async () => {
      let body;
      if (isJSON(type) && res.status() !== 304 && res.status() !== 204) {
        try {
          body = JSON.parse((await res.body()).toString("utf8"));
        } catch (err) {
          if (closing) return;
          violations.push(`${res.request().method()} ${res.url()}: status ${res.status()}, the body could not be read as JSON: ${err.message}`);
          return;
        }
      }
      const msg = check(res.request().method(), res.url(), res.status(), type, body);
      contract.checked = (contract.checked ?? 0) + 1;
      if (msg) violations.push(msg);
    })();
    pending.add(p);
    p.finally(() => pending.delete(p));
  });
  const close = context.close.bind(context);
  context.close = async (...args) => {
    while (pending.size) await Promise.all(pending);
    closing = true;
    return close(...args);
  };
}
