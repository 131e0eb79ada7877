import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const backend = process.env.CDLP_BACKEND ?? "http://127.0.0.1:8080";
const proxy = {
  "/graphql": { target: backend, changeOrigin: false },
  "/opendata": { target: backend, changeOrigin: false },
  "/healthz": { target: backend, changeOrigin: false },
};

// Served from "/" by any static server with an SPA fallback (unknown path → index.html).
export default defineConfig({
  base: "/",
  plugins: [react()],
  server: { port: 5173, strictPort: false, proxy },
  preview: { port: 4173, proxy },
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true },
});
