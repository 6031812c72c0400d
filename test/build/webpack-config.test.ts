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
  devtool: string;
  devServer: {
    host: string;
    port: number;
    server: unknown;
    open: string[] | false;
    onListening(devServer: ListeningServer): void;
  };
}

/** The part of webpack-dev-server that `onListening` reads. */
interface ListeningServer {
  server: { address(): { port: number } };
  options: { server: { type: string } };
}

const webpackConfig = require("../../webpack.config.js") as {
  (env: Record<string, unknown>, argv: Record<string, unknown>): Promise<Config>;
  contentSecurityPolicy(production: boolean): string;
};
const makeConfig = webpackConfig;

/** What `onListening` prints for a server on `port` speaking `type`. */
function announced(config: Config, type: string, port: number): string {
  const write = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    config.devServer.onListening({
      server: { address: () => ({ port }) },
      options: { server: { type } },
    });
    return write.mock.calls.map(([text]) => String(text)).join("");
  } finally {
    write.mockRestore();
  }
}

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

  it("start:browser opens the pane's page and prints its exact address; BROWSER=none only prints", async () => {
    const serve = { WEBPACK_SERVE: true, browser: true };
    const config = await makeConfig(serve, { mode: "development" });
    expect(config.devServer.open).toEqual(["/taskpane.html"]);
    expect(announced(config, "http", 3000)).toContain("http://localhost:3000/taskpane.html");

    const previous = process.env.BROWSER;
    process.env.BROWSER = "none";
    try {
      expect((await makeConfig(serve, { mode: "development" })).devServer.open).toBe(false);
    } finally {
      if (previous === undefined) delete process.env.BROWSER;
      else process.env.BROWSER = previous;
    }
  });

  it("the Office dev server opens nothing (Excel loads the page) but still prints where it is", async () => {
    const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
    expect(config.devServer.open).toBe(false);
    expect(announced(config, "https", 3000)).toContain("https://localhost:3000/taskpane.html");
  });

  it("keeps 'unsafe-eval' out of the production policy; only development's eval source maps need it", () => {
    expect(webpackConfig.contentSecurityPolicy(true)).not.toContain("'unsafe-eval'");
    expect(webpackConfig.contentSecurityPolicy(false)).toMatch(
      /script-src 'self' https:\/\/appsforoffice\.microsoft\.com 'unsafe-eval';/
    );
  });

  it("maps production code to names and lines without shipping the sources", async () => {
    expect((await makeConfig({}, { mode: "production" })).devtool).toBe("nosources-source-map");
  });
});
