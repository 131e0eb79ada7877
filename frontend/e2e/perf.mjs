// Lighthouse-style numbers for a few pages, measured in the journey's Chromium on loopback.
//
// For each page: a fresh browser context (empty cache), the persona's session copied into its
// sessionStorage (no new login: logins are rate-limited), then
//   - first visit (median of three, each with an empty cache): bytes transferred (encoded: what went over the wire, headers included),
//     requests, and time to interactive (navigation start → the page's h1 is shown, no busy
//     indicator and no GraphQL request in flight);
//   - repeat visit (same context, new navigation): bytes transferred again — what the cache
//     headers save.
// The numbers measured on the build before issue 16's changes are in perf-before.json; the
// latest run is written to perf-latest.json (git-ignored) and both are printed side by side.

import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const TIMEOUT = 20_000;
const RUNS = 3;

async function load(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  let bytes = 0;
  let requests = 0;
  let inflight = 0;
  const encodings = new Map(); // content-encoding → count of script/stylesheet responses
  cdp.on("Network.loadingFinished", (e) => {
    bytes += e.encodedDataLength;
  });
  const fonts = new Map(); // font file name → times fetched from the network
  cdp.on("Network.responseReceived", (e) => {
    requests++;
    if (e.type === "Font" && !e.response.fromDiskCache) {
      const name = new URL(e.response.url).pathname.split("/").pop();
      fonts.set(name, (fonts.get(name) ?? 0) + 1);
    }
    if (["Script", "Stylesheet"].includes(e.type)) {
      const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
      const enc = e.response.fromDiskCache ? "cache" : (h["content-encoding"] ?? "none");
      encodings.set(enc, (encodings.get(enc) ?? 0) + 1);
    }
  });
  page.on("request", (r) => r.url().includes("/graphql") && inflight++);
  const done = (r) => r.url().includes("/graphql") && (inflight = Math.max(0, inflight - 1));
  page.on("requestfinished", done);
  page.on("requestfailed", done);

  const start = Date.now();
  await page.goto(url, { waitUntil: "commit" });
  await page.locator("main h1").first().waitFor({ state: "visible", timeout: TIMEOUT });
  let quietSince = 0;
  while (Date.now() - start < TIMEOUT) {
    const busy = await page.evaluate(() => document.querySelectorAll('.cdlp-loading, [aria-busy="true"]').length);
    if (busy === 0 && inflight === 0) {
      if (!quietSince) quietSince = Date.now();
      if (Date.now() - quietSince >= 150) break;
    } else quietSince = 0;
    await page.waitForTimeout(20);
  }
  const tti = (quietSince || Date.now()) - start;
  // Let late requests (fonts, icons) finish so that the byte count is complete.
  await page.waitForLoadState("networkidle").catch(() => {});
  await cdp.detach().catch(() => {});
  await page.close();
  const twice = [...fonts].filter(([, n]) => n > 1).map(([f, n]) => `${f} ×${n}`);
  return { bytes, requests, tti, encodings: Object.fromEntries(encodings), fontsFetchedTwice: twice };
}

/**
 * targets: [{ label, path, session: { [sessionStorage key]: value } | null }]
 * Returns the rows and the printable report.
 */
export async function measure(browser, base, targets, here, baselineBase = null) {
  /** Median-of-RUNS first visits and a repeat visit of one page on one server. */
  async function one(t, origin, visits) {
    const open = async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
      if (t.session) {
        await context.addInitScript((items) => {
          for (const [k, v] of Object.entries(items)) if (v !== null) window.sessionStorage.setItem(k, v);
        }, t.session);
      }
      return context;
    };
    const context = await open();
    try {
      visits.push(await load(context, `${origin}${t.path}`));
      return context;
    } catch (e) {
      await context.close();
      throw e;
    }
  }
  const median = (visits) => [...visits].sort((a, b) => a.tti - b.tti)[Math.floor(visits.length / 2)];

  const rows = [];
  const baseRows = [];
  for (const t of targets) {
    try {
      // RUNS first visits, each in a fresh context (empty cache), the median kept, as the
      // machine may be busy; with a baseline server, its visits alternate with ours so that
      // the load weighs on both alike. Then a repeat visit in the last context.
      const mine = [];
      const theirs = [];
      let last = null;
      let lastBase = null;
      for (let i = 0; i < RUNS; i++) {
        if (baselineBase) {
          if (lastBase) await lastBase.close();
          lastBase = await one(t, baselineBase, theirs);
        }
        if (last) await last.close();
        last = await one(t, base, mine);
      }
      const first = median(mine);
      const repeat = await load(last, `${base}${t.path}`);
      await last.close();
      rows.push({ label: t.label, path: t.path, first, repeat });
      // A font preloaded under another address than the stylesheet's is fetched twice.
      if (first.fontsFetchedTwice.length) rows[rows.length - 1].error = `fonts fetched twice: ${first.fontsFetchedTwice.join(", ")}`;
      if (lastBase) {
        const baseRepeat = await load(lastBase, `${baselineBase}${t.path}`);
        await lastBase.close();
        baseRows.push({ label: t.label, path: t.path, first: median(theirs), repeat: baseRepeat });
      }
    } catch (e) {
      rows.push({ label: t.label, path: t.path, error: e.message.split("\n")[0] });
    }
  }
  writeFileSync(join(here, "perf-latest.json"), JSON.stringify(rows, null, 2) + "\n");
  // "Before": the baseline build measured in this very run when there is one, else the
  // numbers recorded on the build before issue 16's changes.
  const beforeFile = join(here, "perf-before.json");
  const before = baselineBase ? baseRows : existsSync(beforeFile) ? JSON.parse(readFileSync(beforeFile, "utf8")) : [];
  if (baselineBase) writeFileSync(join(here, "perf-baseline.json"), JSON.stringify(baseRows, null, 2) + "\n");
  const kB = (n) => (n === undefined ? "—" : `${(n / 1024).toFixed(0)} kB`);
  const ms = (n) => (n === undefined ? "—" : `${n} ms`);
  const lines = [
    "page                    | first visit: transferred (before → now) | requests | time to interactive (before → now) | repeat visit: transferred (before → now)",
  ];
  for (const r of rows) {
    const b = before.find((x) => x.label === r.label);
    if (!r.first) {
      lines.push(`${r.label.padEnd(23)} | not measured: ${r.error}`);
      continue;
    }
    lines.push(
      [
        r.label.padEnd(23),
        `${kB(b?.first?.bytes)} → ${kB(r.first.bytes)}`.padEnd(39),
        `${b?.first?.requests ?? "—"} → ${r.first.requests}`.padEnd(8),
        `${ms(b?.first?.tti)} → ${ms(r.first.tti)}`.padEnd(34),
        `${kB(b?.repeat?.bytes)} → ${kB(r.repeat.bytes)}`,
      ].join(" | "),
    );
  }
  const enc = rows.filter((r) => r.first).map((r) => `${r.label}: ${JSON.stringify(r.first.encodings)}`);
  lines.push(`content-encoding of scripts and stylesheets (first visit): ${enc.join("; ")}`);
  return { rows, report: lines.join("\n") };
}
