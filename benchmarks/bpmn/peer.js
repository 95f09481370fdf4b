'use strict';
// The peer engine of the in-memory figure: bpmn-engine running the BPMN twins of our benchmark flows.
// Long-lived so that the driver can interleave its rounds with ours: each stdin line "<flow> <milliseconds>"
// runs instances of that flow one after the other for about that long and answers one JSON line.
// The XML is parsed once per flow (bpmn-moddle); every instance gets its own Engine, as in production use.
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');
const { EventEmitter } = require('node:events');
const { Engine } = require('bpmn-engine');
const BpmnModdle = require('bpmn-moddle');

const flows = {
  sequence10: { file: 'sequence10.bpmn', activities: 10 },
  'human-decision': { file: 'human-decision.bpmn', activities: 4 },
};

// The user task is completed at once, as a caseworker would, with the decision's input.
const listener = new EventEmitter();
listener.on('wait', (api) => {
  api.environment.output[api.id] = { approved: true };
  api.signal({ approved: true });
});

async function load(name) {
  const flow = flows[name];
  if (!flow.moddleContext) {
    const xml = fs.readFileSync(path.join(__dirname, flow.file), 'utf8');
    flow.moddleContext = await new BpmnModdle().fromXML(xml);
  }
  return flow;
}

async function runOnce(flow, ended) {
  const engine = new Engine({ name: 'bench', moddleContext: flow.moddleContext });
  if (ended) engine.broker.subscribeTmp('event', 'activity.end', (_, message) => ended.push(message.content.id), { noAck: true });
  const end = engine.waitFor('end');
  await engine.execute({ listener });
  await end;
  const counters = engine.execution.definitions[0].counters;
  if (counters.completed !== 1) throw new Error(`instance did not complete: ${JSON.stringify(counters)}`);
}

async function measure(name, milliseconds) {
  const flow = await load(name);
  // Proof that the twin does the same work: the activities that ended in one instance.
  const ended = [];
  await runOnce(flow, ended);
  if (ended.length !== flow.activities) throw new Error(`${name}: ${ended.length} activities ended (${ended.join(', ')}), expected ${flow.activities}`);
  let instances = 0;
  const start = process.hrtime.bigint();
  const until = start + BigInt(milliseconds) * 1000000n;
  let now = start;
  while (now < until) {
    await runOnce(flow);
    instances++;
    now = process.hrtime.bigint();
  }
  const seconds = Number(now - start) / 1e9;
  return { flow: name, instances, activities: instances * flow.activities, seconds, path: ended };
}

const rl = readline.createInterface({ input: process.stdin });
let queue = Promise.resolve();
rl.on('line', (line) => {
  queue = queue.then(async () => {
    const [name, ms] = line.trim().split(/\s+/);
    if (!name) return;
    try {
      process.stdout.write(JSON.stringify(await measure(name, Number(ms ?? 1000))) + '\n');
    } catch (e) {
      process.stdout.write(JSON.stringify({ error: String(e && e.stack || e) }) + '\n');
    }
  });
});
rl.on('close', () => queue.then(() => process.exit(0)));
