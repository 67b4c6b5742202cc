// Runs graphql-http's GraphQL-over-HTTP server audits against a running server and prints one JSON
// line: [{ id, name, status, reason }]. Always exits 0 when the audits ran; the C# test judges.
// Usage: node http-audit.mjs http://127.0.0.1:PORT/graphql
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node http-audit.mjs <graphql endpoint url>');
  process.exit(2);
}

// A hung request should fail its own audit, not the whole run.
const requestTimeoutMs = 10_000;
const fetchWithTimeout = (input, init = {}) =>
  fetch(input, { ...init, signal: AbortSignal.timeout(requestTimeoutMs) });

// graphql-http reports a failing MAY as "notice"; our report has one "not ok" level below error.
const statusOf = (result) => (result.status === 'notice' ? 'warn' : result.status);

async function describeResponse(response) {
  if (!response) return '';
  let body = '';
  try {
    body = (await response.text()).slice(0, 300);
  } catch {
    // The audit already read the body.
  }
  return ` (HTTP ${response.status}${body ? `: ${body}` : ''})`;
}

const results = [];
// One at a time, so the server log reads in audit order.
for (const audit of serverAudits({ url, fetchFn: fetchWithTimeout })) {
  try {
    const result = await audit.fn();
    results.push({
      id: result.id,
      name: result.name,
      status: statusOf(result),
      reason: result.status === 'ok' ? null : result.reason + (await describeResponse(result.response)),
    });
  } catch (error) {
    // graphql-http rethrows anything that is not an assertion failure (a refused connection, a timeout).
    results.push({
      id: audit.id,
      name: audit.name,
      status: audit.name.startsWith('MUST') ? 'error' : 'warn',
      reason: `The audit could not run: ${error?.message ?? error}`,
    });
  }
}

console.log(JSON.stringify(results));
