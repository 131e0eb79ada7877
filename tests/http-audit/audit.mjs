// GraphQL-over-HTTP conformance check for the CDLP API.
// Runs every audit of graphql-http's `serverAudits` against a live endpoint
// and prints one line per audit plus a `N passed, M failed` summary.
// Usage: node audit.mjs <url>   (e.g. http://127.0.0.1:8080/graphql)
// Exit code: 1 if any audit failed (warn, error, or thrown), else 0.
// MAY audits that fail come back as status 'notice': they are listed and
// counted in the MAY bucket, but do not count as failed.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url>');
  process.exit(2);
}

// Global fetch, with a per-request timeout so a hung server cannot stall the run.
const fetchFn = (input, init = {}) =>
  fetch(input, { ...init, signal: AbortSignal.timeout(10_000) });

const buckets = { MUST: [0, 0], SHOULD: [0, 0], MAY: [0, 0] }; // [passed, total]
let passed = 0, failed = 0, notices = 0;

for (const { id, name, fn } of serverAudits({ url, fetchFn })) {
  let result;
  try {
    result = await fn(); // { id, name, status: 'ok' } | { ..., status, reason, response }
  } catch (err) {
    // fn() throws only on fatal problems (network error, timeout, ...)
    const cause = err?.cause ? ` (${err.cause.code ?? err.cause.message})` : '';
    result = { id, name, status: 'error', reason: `fatal: ${err?.message ?? err}${cause}` };
  }
  const level = name.split(' ')[0];
  if (buckets[level]) buckets[level][1]++;
  let line = `${result.status.padEnd(6)} ${id} ${name}`;
  if (result.status === 'ok') {
    passed++;
    if (buckets[level]) buckets[level][0]++;
  } else {
    if (result.status === 'notice') notices++;
    else failed++;
    line += `\n       reason: ${result.reason}`;
    const res = result.response;
    if (res) {
      let body;
      try { body = (await res.text()).slice(0, 300); } catch { body = '<body already read>'; }
      line += `\n       response: ${res.status} ${res.statusText} ${body}`;
    }
  }
  console.log(line);
}

const fmt = (k) => `${k}: ${buckets[k][0]}/${buckets[k][1]}`;
console.log(`${fmt('MUST')}, ${fmt('SHOULD')}, ${fmt('MAY')}` + (notices ? ` (${notices} MAY notices)` : ''));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
