/**
 * webpack.config.js as data: the entries and outputs the add-in relies on, and the dev server's
 * protocol (https with office-addin-dev-certs for Office, plain http for the browser's file
 * mode). The certificate module is mocked: asking for real certificates installs a CA.
 */
const FAKE_CERTIFICATES = { key: "key", cert: "cert", ca: "ca" };
const getHttpsServerOptions = jest.fn(async () => FAKE_CERTIFICATES);
jest.mock("office-addin-dev-certs", () => ({ getHttpsServerOptions }));

interface Config {
  entry: Record<string, string>;
  output: { filename: string; chunkFilename: string };
  optimization: { runtimeChunk: string; splitChunks: { chunks: string } };
  devServer: { host: string; port: number; server: unknown };
}

const makeConfig = require("../../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>
) => Promise<Config>;

beforeEach(() => getHttpsServerOptions.mockClear());

describe("webpack.config.js", () => {
  it("builds the two entries of the shared-runtime page with one runtime and lazy-only splitting", async () => {
    const config = await makeConfig({}, { mode: "production" });
    expect(config.entry).toEqual({
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    });
    expect(config.output.filename).toBe("[name].js"); // the manifest names functions.js
    expect(config.optimization.runtimeChunk).toBe("single");
    expect(config.optimization.splitChunks.chunks).toBe("async");
    expect(getHttpsServerOptions).not.toHaveBeenCalled(); // a build never touches certificates
  });

  it("serves https on localhost:3000 with the dev certificates", async () => {
    const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
    expect(config.devServer).toMatchObject({
      host: "localhost",
      port: 3000,
      server: { type: "https", options: FAKE_CERTIFICATES },
    });
    expect(getHttpsServerOptions).toHaveBeenCalledTimes(1);
  });

  it("serves plain http without certificates for the browser", async () => {
    const config = await makeConfig(
      { WEBPACK_SERVE: true, browser: true },
      { mode: "development" }
    );
    expect(config.devServer).toMatchObject({ host: "localhost", port: 3000, server: "http" });
    expect(getHttpsServerOptions).not.toHaveBeenCalled();
  });

  it("refuses a public URL that is not https", async () => {
    await expect(
      makeConfig({ publicUrl: "http://credit.example.com/" }, { mode: "production" })
    ).rejects.toThrow("publicUrl must use https");
  });
});
