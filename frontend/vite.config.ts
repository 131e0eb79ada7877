import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const backend = process.env.CDLP_BACKEND ?? "http://127.0.0.1:8080";
const proxy = {
  "/graphql": { target: backend, changeOrigin: false },
  "/opendata": { target: backend, changeOrigin: false },
  "/healthz": { target: backend, changeOrigin: false },
};

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|map)$/;

/**
 * Writes `file.gz` and `file.br` beside every compressible file of dist/ (the application and
 * the DSFR copied from public/), so that the server sends them precompressed
 * (tower-http ServeDir precompressed_gzip / precompressed_br) without compressing on each request.
 */
function precompress(): Plugin {
  let outDir = "dist";
  return {
    name: "cdlp-precompress",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const path = join(dir, name);
          return statSync(path).isDirectory() ? walk(path) : [path];
        });
      for (const file of walk(outDir)) {
        if (!COMPRESSIBLE.test(file)) continue;
        const raw = readFileSync(file);
        if (raw.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(raw, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 11,
              [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
            },
          }),
        );
      }
    },
  };
}

/**
 * The DSFR stylesheet loads its fonts as `fonts/Marianne-*.woff2`, without a version; react-dsfr's
 * copy step (run by `npm ci` and before each build) writes the font preloads of index.html with
 * `?v=…`. A preload must name the very URL the stylesheet fetches, or each font is fetched twice:
 * the built index.html preloads the bare URL whatever the source says.
 */
function fontPreloads(): Plugin {
  return {
    name: "cdlp-font-preloads",
    transformIndexHtml(html) {
      return html.replace(/(\/dsfr\/fonts\/[^"?]+\.woff2)\?v=[^"]*/g, "$1");
    },
  };
}

// Served from "/" by any static server with an SPA fallback (unknown path → index.html).
// No source maps in the build: they would publish the whole source.
export default defineConfig({
  base: "/",
  plugins: [react(), fontPreloads(), precompress()],
  server: { port: 5173, strictPort: false, proxy },
  preview: { port: 4173, proxy },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Each space's pages are their own chunk (React.lazy, src/App.tsx). The libraries every
        // page needs go in chunks of their own too: they change less often than the application,
        // so a new release does not make browsers download them again.
        advancedChunks: {
          // A group takes only the modules it names (not what they import: shared code stays shared).
          includeDependenciesRecursively: false,
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: "router", test: /node_modules[\\/]react-router[\\/]/ },
            // The DSFR's own script (dsfr.module.js) stays a separate, lazily imported chunk.
            { name: "react-dsfr", test: /node_modules[\\/]@codegouvfr[\\/]react-dsfr[\\/](?!dsfr[\\/])/ },
            // The application's shared code (API client and operations, labels, components):
            // one chunk rather than a dozen tiny ones, each a request before a page shows.
            { name: "app-shared", test: /src[\\/]((api|components|labels|gql|session)[\\/]|spaces[\\/]useSpace)/ },
            // One chunk per space, named after it (its index.ts and NAV.ts stay in the entry:
            // the header needs them before the space is opened).
            ...["prefecture", "association", "commission", "ministry", "operator"].map((space) => ({
              name: `space-${space}`,
              test: new RegExp(`src[\\\\/]spaces[\\\\/]${space}[\\\\/](?!index\\.ts$|NAV\\.ts$)`),
            })),
          ],
        },
      },
    },
  },
});
