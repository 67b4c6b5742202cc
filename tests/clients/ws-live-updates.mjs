// Drives the graphql-ws client (the reference graphql-transport-ws implementation) against a running
// server and prints one JSON line describing what it received; the C# test judges.
// Usage: node ws-live-updates.mjs <http graphql endpoint> <scenario> '<json parameters>'
// Every scenario's parameters carry `token`, the access token it signs in with (HTTP header, and
// connection_init's payload as graphql-ws's connectionParams).
//   catch-up  {requestId}: subscribe to a case's events, disconnect, let more happen,
//             resume from the last sequence received.
//   query     {}: a query sent over the socket.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [endpoint, scenario, parametersJson = '{}'] = process.argv.slice(2);
if (!endpoint || !scenario) {
  console.error('usage: node ws-live-updates.mjs <graphql endpoint url> <scenario> [json parameters]');
  process.exit(2);
}

const parameters = JSON.parse(parametersJson);
// Only a guard against a server that never answers; the test asserts what arrived, not when.
const guardMs = 30_000;

async function http(query, variables) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization: `Bearer ${parameters.token}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`HTTP GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

function connect() {
  return createClient({
    url: endpoint.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams: { Authorization: `Bearer ${parameters.token}` },
  });
}

/** One caseEvents subscription of one case, collecting what arrives; take(n) waits until n events have. */
function followCase(client, requestId, after) {
  const received = [];
  const waiting = [];
  let failure = null;
  const settle = () => {
    for (const waiter of [...waiting]) {
      if (failure) waiter.reject(failure);
      else if (received.length >= waiter.count) waiter.resolve(received.slice());
      else continue;
      waiting.splice(waiting.indexOf(waiter), 1);
    }
  };
  const dispose = client.subscribe(
    {
      query: `subscription($where: CaseEventFilterInput, $after: String) {
        caseEvents(where: $where, after: $after) { sequence kind helpRequest { id } }
      }`,
      variables: { where: { helpRequest: { eq: requestId } }, after },
    },
    {
      next: (result) => {
        if (result.errors) failure = new Error(`next with errors: ${JSON.stringify(result.errors)}`);
        else received.push(result.data.caseEvents);
        settle();
      },
      error: (error) => {
        failure = new Error(`subscription error: ${JSON.stringify(error)}`);
        settle();
      },
      complete: () => {},
    },
  );
  const take = (count) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`waited for ${count} events, got ${JSON.stringify(received)}`)),
        guardMs,
      );
      waiting.push({
        count,
        resolve: (value) => (clearTimeout(timer), resolve(value)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
      settle();
    });
  return { take, dispose, received };
}

const eventsOfCase = async (id) =>
  (await http('query($id: ID!) { node(id: $id) { ... on HelpRequest { events { sequence kind } } } }', { id })).node.events;

async function comment(requestId, body) {
  const data = await http(
    `mutation($input: AddCaseCommentInput!) {
      addCaseComment(input: $input) { comment { id } errors { ... on Error { code message } } }
    }`,
    { input: { requestId, body } },
  );
  if (data.addCaseComment.errors) throw new Error(JSON.stringify(data.addCaseComment.errors));
}

async function retitle(requestId, title) {
  const { node } = await http('query($id: ID!) { node(id: $id) { ... on HelpRequest { version } } }', { id: requestId });
  const data = await http(
    `mutation($input: UpdateRequestInput!) {
      updateRequest(input: $input) { helpRequest { version } errors { ... on Error { code message } } }
    }`,
    { input: { id: requestId, expectedVersion: node.version, title } },
  );
  if (data.updateRequest.errors) throw new Error(JSON.stringify(data.updateRequest.errors));
}

async function catchUp({ requestId }) {
  const before = await eventsOfCase(requestId);
  const start = before[before.length - 1].sequence;

  // Phase 1: subscribed from the case's last event, one comment arrives live.
  const first = connect();
  const live = followCase(first, requestId, start);
  await comment(requestId, 'Seen live by a chat bridge.');
  const phase1 = await live.take(1);
  live.dispose();
  await first.dispose();

  // Disconnected: three more things happen to the case.
  await comment(requestId, 'Missed while the bridge was offline (1).');
  await retitle(requestId, 'Batch upload of 300 historical maps (retitled while the bridge was offline)');
  await comment(requestId, 'Missed while the bridge was offline (2).');
  const lastSeen = phase1[phase1.length - 1].sequence;
  const missed = (await eventsOfCase(requestId)).filter((e) => BigInt(e.sequence) > BigInt(lastSeen));

  // Phase 2: resume after the last sequence received; the missed events replay, then one more arrives live.
  const second = connect();
  const resumed = followCase(second, requestId, lastSeen);
  await resumed.take(missed.length);
  await comment(requestId, 'Seen live again after the catch-up.');
  const phase2 = await resumed.take(missed.length + 1);
  resumed.dispose();
  await second.dispose();

  return { start, phase1, missed, phase2 };
}

async function query() {
  const client = connect();
  const results = await new Promise((resolve, reject) => {
    const received = [];
    client.subscribe(
      { query: '{ currentHub { slug } requests(first: 2) { nodes { id } } }' },
      { next: (result) => received.push(result), error: reject, complete: () => resolve(received) },
    );
  });
  await client.dispose();
  return { results };
}

const scenarios = { 'catch-up': catchUp, query };
if (!scenarios[scenario]) {
  console.error(`unknown scenario ${scenario}; known: ${Object.keys(scenarios).join(', ')}`);
  process.exit(2);
}

console.log(JSON.stringify(await scenarios[scenario](parameters)));
process.exit(0);
