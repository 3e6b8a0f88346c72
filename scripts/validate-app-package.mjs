// Validates a filled-in Teams app package folder (manifest.json and its localization files) against the official
// JSON schemas that ship in the npm package @microsoft/app-manifest, offline, with that package's own validator
// (the one the Microsoft 365 Agents Toolkit uses). Usage: node scripts/validate-app-package.mjs <folder>
// The localization schema holds patterns that are valid only as non-Unicode (plain ECMAScript) regular expressions,
// e.g. `\b]`, which that validator's default Unicode mode cannot compile; localization files are therefore checked
// with the same Ajv draft-04 validator and formats the package itself depends on, with unicodeRegExp off.
// Exit code 0: valid; 1: schema errors (printed); 2: usage or unreadable input.
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { AppManifestUtils } from "@microsoft/app-manifest";

const require = createRequire(import.meta.url);
const packageJson = require.resolve("@microsoft/app-manifest/package.json");
const schemaRoot = join(dirname(packageJson), "build", "json-schemas", "teams");
// Resolved from the official package, so these are exactly the versions it validates with.
const fromPackage = createRequire(packageJson);
const Ajv04 = fromPackage("ajv-draft-04");
const addFormats = fromPackage("ajv-formats");

async function validateManifest(document, schema) {
  return AppManifestUtils.validateAgainstSchema(document, schema);
}

async function validateLocalization(document, schema) {
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema);
  return validate(document) ? [] : validate.errors.map((error) => `${error.instancePath} ${error.message ?? ""}. Details: ${JSON.stringify(error.params)}`);
}

function fail(code, message) {
  console.error(message);
  process.exit(code);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    return fail(2, `Cannot read ${path}: ${error.message}`);
  }
}

function schemaFor(version, file) {
  const path = join(schemaRoot, `v${version}`, file);
  if (!existsSync(path)) {
    fail(1, `@microsoft/app-manifest ships no ${file} for manifestVersion ${version}`);
  }
  return readJson(path);
}

const folder = process.argv[2];
if (!folder) {
  fail(2, "Usage: node scripts/validate-app-package.mjs <folder with manifest.json>");
}

const manifest = readJson(join(folder, "manifest.json"));
const version = manifest.manifestVersion;
const expectedSchemaUrl = `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
const problems = [];
if (manifest.$schema !== expectedSchemaUrl) {
  problems.push(`manifest.json: $schema must be ${expectedSchemaUrl} to match manifestVersion ${version}`);
}

const checks = [["manifest.json", manifest, schemaFor(version, "MicrosoftTeams.schema.json"), validateManifest]];
const localizationSchema = schemaFor(version, "MicrosoftTeams.Localization.schema.json");
for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
  checks.push([language.file, readJson(join(folder, language.file)), localizationSchema, validateLocalization]);
}

for (const [name, document, schema, validate] of checks) {
  const errors = await validate(document, schema);
  problems.push(...errors.map((error) => `${name}: ${error}`));
}

if (problems.length > 0) {
  fail(1, `The app package is not valid against the v${version} schemas:\n${problems.join("\n")}`);
}
console.log(`Valid against the v${version} schemas of @microsoft/app-manifest: ${checks.map(([name]) => name).join(", ")}`);
