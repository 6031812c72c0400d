/**
 * Build of the add-in: one page (taskpane.html) that is at once the task pane, the shared
 * runtime and the custom functions' page, loading two entries: `functions` (AR.* functions,
 * with functions.json generated from their JSDoc) and `taskpane` (the React pane).
 *
 *   webpack --mode production                                  → dist/ for https://localhost:3000/
 *   webpack --mode production --env publicUrl=https://host/p/  → dist/ with the manifest's URLs rewritten
 *   webpack serve --mode development                           → https://localhost:3000 (office-addin-dev-certs)
 *   webpack serve --mode development --env browser             → http://localhost:3000, no certificates,
 *                                                                 for the pane's file mode in a browser;
 *                                                                 prints the pane's address and opens it
 *                                                                 (BROWSER=none: print only)
 */
/* global require, module, __dirname, URL, process */
// Plain ES2015 on purpose: the lint setup parses .js files as ES2015 (no async, spread or ??).
const crypto = require("crypto");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, WebpackError, sources } = require("webpack");
const functionTranslations = require("./src/functions/translations.json");

const DEV_PORT = 3000;
const DEV_ORIGIN = `https://localhost:${DEV_PORT}`;
const DEV_URL = `${DEV_ORIGIN}/`;
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const FUNCTIONS_METADATA = "functions.json";
const BUNDLE_REPORT = "bundle-report.json";
const PANE_PAGE = "taskpane.html";
/** Where office.js is served from: Microsoft's CDN, the only copy supported in production. */
const OFFICE_SCRIPT_HOST = "https://appsforoffice.microsoft.com";
/**
 * office.js itself. The npm package is for development only: its host scripts lag the CDN's
 * (they ignore `mergeUndoGroup`), and a copy misses files it fetches at run time.
 */
const OFFICE_SCRIPT_URL = `${OFFICE_SCRIPT_HOST}/lib/1/hosted/office.js`;
/** office.js opens a hidden frame here to send its telemetry, a few seconds after it loads. */
const OFFICE_TELEMETRY_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com";

/** A Content-Security-Policy source that allows exactly this inline text. */
function inlineHash(text) {
  return `'sha256-${crypto.createHash("sha256").update(text).digest("base64")}'`;
}

/** "https://host/path" → "https://host/path/"; anything but an absolute https URL is refused. */
function normalisePublicUrl(value) {
  const url = new URL(String(value));
  if (url.protocol !== "https:") throw new Error(`publicUrl must use https: ${value}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Points every development URL of the manifest at `publicUrl` (AppDomain: its origin). */
function rewriteManifestUrls(manifest, publicUrl) {
  const base = normalisePublicUrl(publicUrl);
  return manifest.split(DEV_URL).join(base).split(DEV_ORIGIN).join(new URL(base).origin);
}

/**
 * A copy of functions.json with the descriptions in another language. Ids, names, types and
 * options stay as they are, so the same formulas work whatever Excel's language. Returns the
 * keys with no translation and the translations that match nothing, so the build can refuse both.
 */
function localizeMetadata(metadata, table) {
  const missing = [];
  const functions = metadata.functions.map((fn) => {
    const entry = table[fn.id];
    if (!entry) {
      missing.push(fn.id);
      return fn;
    }
    const parameters = fn.parameters.map((parameter) => {
      const description = entry.parameters[parameter.name];
      if (description === undefined) missing.push(`${fn.id}.${parameter.name}`);
      return Object.assign({}, parameter, {
        description: description === undefined ? parameter.description : description,
      });
    });
    return Object.assign({}, fn, { description: entry.description, parameters });
  });
  const known = new Set(
    metadata.functions.flatMap((fn) => [fn.id, ...fn.parameters.map((p) => `${fn.id}.${p.name}`)])
  );
  const unused = Object.entries(table)
    .flatMap(([id, entry]) => [id, ...Object.keys(entry.parameters).map((name) => `${id}.${name}`)])
    .filter((key) => !known.has(key));
  return { localized: Object.assign({}, metadata, { functions }), missing, unused };
}

/**
 * functions.json with data types kept out of the `any` parameters: custom-functions-metadata
 * always writes allowCustomDataForDataTypeAny: true, and Excel would then hand an entity or a
 * formatted number to the functions as an object instead of its plain value.
 */
function withoutDataTypes(metadata) {
  return Object.assign({}, metadata, { allowCustomDataForDataTypeAny: false });
}

/**
 * Rewrites functions.json without data types, and emits functions.<locale>.json next to it for
 * each locale of the translation table.
 */
class LocalizedFunctionsMetadataPlugin {
  constructor(translations) {
    this.translations = translations;
  }

  apply(compiler) {
    const name = "LocalizedFunctionsMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const source = compilation.getAsset(FUNCTIONS_METADATA);
          if (!source) {
            compilation.errors.push(
              new WebpackError(`${name}: ${FUNCTIONS_METADATA} was not generated`)
            );
            return;
          }
          const metadata = withoutDataTypes(JSON.parse(source.source.source().toString()));
          compilation.updateAsset(
            FUNCTIONS_METADATA,
            new sources.RawSource(`${JSON.stringify(metadata, null, 4)}\n`)
          );
          for (const [locale, table] of Object.entries(this.translations)) {
            const file = `functions.${locale}.json`;
            const { localized, missing, unused } = localizeMetadata(metadata, table);
            for (const key of missing)
              compilation.errors.push(new WebpackError(`${file}: no translation for ${key}`));
            for (const key of unused)
              compilation.errors.push(new WebpackError(`${file}: translation of unknown ${key}`));
            compilation.emitAsset(
              file,
              new sources.RawSource(`${JSON.stringify(localized, null, 4)}\n`)
            );
          }
        }
      );
    });
  }
}

/** The npm package a module file belongs to, or null for the project's own files. */
function packageOf(resource) {
  const parts = resource.split(/[\\/]/);
  const index = parts.lastIndexOf("node_modules");
  if (index < 0) return null;
  const first = parts[index + 1];
  return first.startsWith("@") ? `${first}/${parts[index + 2]}` : first;
}

/** The npm packages bundled in a set of chunks. */
function packagesIn(chunks, chunkGraph) {
  const packages = new Set();
  for (const chunk of chunks) {
    for (const module of chunkGraph.getChunkModulesIterable(chunk)) {
      // A concatenated module holds several source modules; a plain one is its own list.
      for (const inner of module.modules || [module]) {
        const pkg = inner.resource ? packageOf(inner.resource) : null;
        if (pkg) packages.add(pkg);
      }
    }
  }
  return [...packages].sort();
}

/**
 * Writes bundle-report.json: for each entry, the files loaded up front and the npm packages
 * inside them, and the same for the lazily loaded chunks. Tests read it to keep the file mode
 * (reader and package writer) out of the first load and GPL code (HyperFormula) out of
 * everything shipped.
 */
class BundleReportPlugin {
  apply(compiler) {
    const name = "BundleReportPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entries = {};
          for (const [entryName, entrypoint] of compilation.entrypoints) {
            entries[entryName] = {
              files: entrypoint.getFiles().filter((file) => file.endsWith(".js")),
              packages: packagesIn(entrypoint.chunks, compilation.chunkGraph),
            };
          }
          const lazyChunks = [...compilation.chunks].filter((chunk) => !chunk.canBeInitial());
          const lazy = {
            files: lazyChunks
              .flatMap((chunk) => [...chunk.files])
              .filter((file) => file.endsWith(".js")),
            packages: packagesIn(lazyChunks, compilation.chunkGraph),
          };
          const report = `${JSON.stringify({ entries, lazy }, null, 2)}\n`;
          compilation.emitAsset(BUNDLE_REPORT, new sources.RawSource(report));
        }
      );
    });
  }
}

/**
 * The page's Content-Security-Policy (a <meta> in taskpane.html): scripts only from the add-in's
 * own origin and the Office script host, the file-mode worker only from the own origin, no
 * plugins, no other page as a base or form target. The development build evaluates its modules
 * with source maps through eval(), so only development adds 'unsafe-eval'.
 *
 * Styles without 'unsafe-inline': Griffel (Fluent UI's CSS-in-JS) adds EMPTY <style> elements
 * and fills them through the CSS object model (insertRule), which a policy does not govern, so
 * the hash of the empty text is all it needs; a <style> injected with any content is refused.
 * The one style attribute is office.js's own, `display:none` on its telemetry frame.
 */
function contentSecurityPolicy(production) {
  const directives = [
    ["default-src", "'self'"],
    ["script-src", "'self'", OFFICE_SCRIPT_HOST].concat(production ? [] : ["'unsafe-eval'"]),
    ["worker-src", "'self'"],
    ["style-src", "'self'", inlineHash("")],
    ["style-src-attr", "'unsafe-hashes'", inlineHash("display:none")],
    ["frame-src", OFFICE_TELEMETRY_FRAME],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'none'"],
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** HTTPS for Office (it only loads add-ins over https), plain HTTP for the browser's file mode. */
function devServerProtocol(env) {
  if (!env.WEBPACK_SERVE || env.browser) return Promise.resolve("http");
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions().then((options) => ({ type: "https", options }));
}

module.exports = (env = {}, argv = {}) =>
  devServerProtocol(env).then((server) => buildConfig(env, argv, server));

/**
 * Says where the pane is once the dev server listens. `npm run start:browser` also opens it,
 * unless BROWSER=none (a machine without a browser, or one that should stay closed).
 */
function announcePane(devServer) {
  const address = devServer.server.address();
  const protocol = devServer.options.server.type === "https" ? "https" : "http";
  const url = `${protocol}://localhost:${address.port}/${PANE_PAGE}`;
  process.stdout.write(`\nCredit Desk pane: ${url}\n\n`);
}

function buildConfig(env, argv, server) {
  const production = argv.mode === "production";
  const publicUrl = env.publicUrl ? normalisePublicUrl(env.publicUrl) : null;
  return {
    // Production maps give names and lines for error reports without shipping the source text.
    devtool: production ? "nosources-source-map" : "eval-cheap-module-source-map",
    entry: {
      functions: FUNCTIONS_SOURCE,
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Lazily loaded chunks (the file mode's "file-mode") get a content hash for caching.
      chunkFilename: "[name].[contenthash:8].js",
      // dist/node holds the command line built by tsc (npm run build:cli): keep it across pane builds.
      clean: { keep: /^node[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`; the bundle only needs the JavaScript.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    optimization: {
      // One webpack runtime for both entries: the pane and the functions share module
      // instances in the shared runtime.
      runtimeChunk: "single",
      // Split only lazily loaded code. Splitting initial chunks ("all") with a shared vendor
      // group could move code imported only by the file mode's import() into the first load.
      splitChunks: { chunks: "async" },
    },
    // Office.js host scripts are large by nature; the first-load budget is checked by
    // test/build instead of webpack's raw-size warning.
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: FUNCTIONS_METADATA }),
      new LocalizedFunctionsMetadataPlugin(functionTranslations),
      new HtmlWebpackPlugin({
        filename: PANE_PAGE,
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        contentSecurityPolicy: contentSecurityPolicy(production),
        officeScriptUrl: OFFICE_SCRIPT_URL,
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: publicUrl
              ? (content) => rewriteManifestUrls(content.toString(), publicUrl)
              : undefined,
          },
          {
            from: "assets",
            to: "assets",
            noErrorOnMissing: true,
            // Only what a page may show; the scripts that make the assets stay at home.
            globOptions: { ignore: ["**/*.js", "**/*.ts", "**/*.md"] },
          },
        ],
      }),
      new BundleReportPlugin(),
    ],
    devServer: {
      host: "localhost",
      port: DEV_PORT,
      server,
      headers: { "Access-Control-Allow-Origin": "*" },
      open: env.browser && process.env.BROWSER !== "none" ? [`/${PANE_PAGE}`] : false,
      onListening: announcePane,
    },
  };
}

// For tests: the pure helpers of this build.
module.exports.rewriteManifestUrls = rewriteManifestUrls;
module.exports.normalisePublicUrl = normalisePublicUrl;
module.exports.localizeMetadata = localizeMetadata;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.OFFICE_SCRIPT_URL = OFFICE_SCRIPT_URL;
