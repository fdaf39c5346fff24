// Foundry's cast and forge (the npm packages' native binaries) against the
// node. forge compiles with the npm solc through bin/solc, a stand-in for
// the native solc CLI, so nothing is downloaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { RPC_URL, KEYS, ADDRESSES, TEST_MS, here } from './lib.mjs';

const run = promisify(execFile);
const bin = (name) => path.join(here, 'node_modules', '.bin', name);
const KEY = KEYS[6];
const FROM = ADDRESSES[6];
const TO = ADDRESSES[7];

// cast runs cast against the node and returns its trimmed stdout.
async function cast(...args) {
  const { stdout } = await run(bin('cast'), [...args, '--rpc-url', RPC_URL], { timeout: 60_000 });
  return stdout.trim();
}

// castFails runs cast expecting it to fail, and returns what it printed.
async function castFails(...args) {
  try {
    const { stdout, stderr } = await run(bin('cast'), [...args, '--rpc-url', RPC_URL], { timeout: 60_000 });
    assert.fail(`cast ${args.join(' ')} succeeded: ${stdout}${stderr}`);
  } catch (err) {
    if (err instanceof assert.AssertionError) throw err;
    assert.ok(err.code !== undefined && err.signal == null, `cast ${args.join(' ')}: ${err.message}`);
    return `${err.stdout}${err.stderr}`;
  }
}

test('cast: chain id, blocks, transfer, balance, receipt', { timeout: TEST_MS }, async () => {
  assert.equal(await cast('chain-id'), '31337');
  assert.match(await cast('block-number'), /^\d+$/);
  assert.match(await cast('client'), /\S/);
  const before = BigInt(await cast('balance', TO));
  const nonce = Number(await cast('nonce', FROM));

  const receipt = JSON.parse(await cast('send', '--private-key', KEY, TO, '--value', '1ether', '--json'));
  assert.equal(receipt.status, '0x1');
  assert.equal(receipt.from.toLowerCase(), FROM.toLowerCase());
  assert.equal(BigInt(await cast('balance', TO)), before + 10n ** 18n);
  assert.equal(Number(await cast('nonce', FROM)), nonce + 1);

  const again = JSON.parse(await cast('receipt', receipt.transactionHash, '--json'));
  assert.equal(again.blockHash, receipt.blockHash);
  assert.equal(again.transactionHash, receipt.transactionHash);
  const block = JSON.parse(await cast('block', receipt.blockNumber, '--json'));
  assert.equal(block.hash, receipt.blockHash);
  assert.ok(block.transactions.includes(receipt.transactionHash));
  const tx = JSON.parse(await cast('tx', receipt.transactionHash, '--json'));
  assert.equal(BigInt(tx.value), 10n ** 18n);
});

test('forge create, then cast send, call, logs, estimate and receipt', { timeout: TEST_MS }, async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-forge-'));
  let created;
  try {
    const { stdout } = await run(bin('forge'), [
      'create', '--json', '--broadcast',
      '--root', path.join(here, 'contracts'),
      '--use', path.join(here, 'bin', 'solc'), '--offline',
      '--out', path.join(tmp, 'out'), '--cache-path', path.join(tmp, 'cache'),
      '--rpc-url', RPC_URL, '--private-key', KEY,
      'src/Counter.sol:Counter',
    ], { timeout: 120_000 });
    created = JSON.parse(stdout.slice(stdout.indexOf('{'), stdout.lastIndexOf('}') + 1));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const address = created.deployedTo;
  assert.match(address, /^0x[0-9a-fA-F]{40}$/);
  assert.equal(created.deployer.toLowerCase(), FROM.toLowerCase());
  const deploy = JSON.parse(await cast('receipt', created.transactionHash, '--json'));
  assert.equal(deploy.status, '0x1');
  assert.equal(deploy.contractAddress.toLowerCase(), address.toLowerCase());
  assert.notEqual(await cast('code', address), '0x');

  const r = JSON.parse(await cast('send', '--private-key', KEY, address, 'increment()', '--json'));
  assert.equal(r.status, '0x1');
  assert.equal(r.logs.length, 1);
  assert.equal(await cast('call', address, 'get()(uint256)'), '1');

  const logs = JSON.parse(await cast('logs', '--address', address, '--from-block', '0', '--to-block', 'latest',
    'Incremented(address indexed,uint256)', '--json'));
  assert.equal(logs.length, 1);
  assert.equal(logs[0].transactionHash, r.transactionHash);
  assert.equal(BigInt(logs[0].data), 1n);
  assert.equal(BigInt(logs[0].topics[1]), BigInt(FROM));

  // Reverts: cast exits non-zero and shows the node's error with its data.
  const custom = await castFails('estimate', '--from', FROM, address, 'fail(uint256)', '7');
  assert.match(custom, /execution reverted/);
  assert.match(custom, /0xe0a89a3a0{63}7\b/); // TooBig(7)
  const reason = await castFails('estimate', '--from', FROM, address, 'failString()');
  assert.match(reason, /execution reverted/);
  assert.match(reason, /0x08c379a0[0-9a-f]*6e6f7065/); // Error("nope")
  const call = await castFails('call', address, 'fail(uint256)', '8');
  assert.match(call, /0xe0a89a3a0{63}8\b/);
});
