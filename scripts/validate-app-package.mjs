// Validates a filled-in Teams app package folder (manifest.json and its localization files) against the official
// JSON schemas that ship in the npm package @microsoft/app-manifest, offline, with that package's own validator
// (the one the Microsoft 365 Agents Toolkit uses). Usage: node scripts/validate-app-package.mjs <folder>
// The localization schema holds patterns that are valid only as non-Unicode (plain ECMAScript) regular expressions,
// e.g. `\b]`, which that validator's default Unicode mode cannot compile; localization files are therefore checked
// with the same Ajv draft-04 validator and formats the package itself depends on, with unicodeRegExp off.
// Exit code 0: valid; 1: schema errors (printed); 2: usage or unreadable input. With --json, several folders at once.
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

class Failure extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new Failure(2, `Cannot read ${path}: ${error.message}`);
  }
}

function schemaFor(version, file) {
  const path = join(schemaRoot, `v${version}`, file);
  if (!existsSync(path)) {
    throw new Failure(1, `@microsoft/app-manifest ships no ${file} for manifestVersion ${version}`);
  }
  return readJson(path);
}

/** One folder's outcome: exit code 0, 1 or 2, and what goes to standard output and standard error. */
async function validateFolder(folder) {
  try {
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
      return { exitCode: 1, output: "", error: `The app package is not valid against the v${version} schemas:\n${problems.join("\n")}\n` };
    }
    return { exitCode: 0, output: `Valid against the v${version} schemas of @microsoft/app-manifest: ${checks.map(([name]) => name).join(", ")}\n`, error: "" };
  } catch (error) {
    if (error instanceof Failure) {
      return { exitCode: error.code, output: "", error: `${error.message}\n` };
    }
    throw error;
  }
}

// --json <folder>...: several folders in one run (starting Node and loading the validator costs more than a check),
// one JSON line per folder on standard output: {"folder", "exitCode", "output", "error"}; the exit code is the highest.
const json = process.argv[2] === "--json";
const folders = process.argv.slice(json ? 3 : 2);
if (folders.length === 0 || (!json && folders.length > 1)) {
  console.error("Usage: node scripts/validate-app-package.mjs <folder with manifest.json>\n" +
    "       node scripts/validate-app-package.mjs --json <folder>...");
  process.exit(2);
}

let exitCode = 0;
for (const folder of folders) {
  const result = await validateFolder(folder);
  exitCode = Math.max(exitCode, result.exitCode);
  if (json) {
    process.stdout.write(JSON.stringify({ folder, ...result }) + "\n");
  } else {
    process.stdout.write(result.output);
    process.stderr.write(result.error);
  }
}
process.exitCode = exitCode;
