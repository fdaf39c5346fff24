// Foundry's cast and forge (from npm) against the node. forge compiles with
// the npm solc through bin/solc, so nothing is downloaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RPC_URL, KEYS } from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = (name) => path.join(here, 'node_modules', '.bin', name);
const KEY = KEYS[6];
const TO = '0x14dC79964da2C08b23698B3D3cc7Ca32193d9955'; // account 7

function cast(...args) {
  return execFileSync(bin('cast'), [...args, '--rpc-url', RPC_URL], { encoding: 'utf8', timeout: 60_000 }).trim();
}

// castFails runs cast expecting an error report (cast estimate exits 0 even
// when the node answers with an error, so look at what it prints).
function castFails(...args) {
  const r = spawnSync(bin('cast'), [...args, '--rpc-url', RPC_URL], { encoding: 'utf8', timeout: 60_000 });
  const out = `${r.stdout}${r.stderr}`;
  if (!/Error/.test(out)) throw new Error(`cast ${args.join(' ')} did not fail: ${out}`);
  return out;
}

test('cast: chain, blocks, transfer, receipt', () => {
  assert.equal(cast('chain-id'), '31337');
  assert.match(cast('block-number'), /^\d+$/);
  const before = BigInt(cast('balance', TO));
  const out = cast('send', '--private-key', KEY, TO, '--value', '1ether', '--json');
  const receipt = JSON.parse(out);
  assert.equal(receipt.status, '0x1');
  assert.equal(BigInt(cast('balance', TO)), before + 10n ** 18n);
  const again = JSON.parse(cast('receipt', receipt.transactionHash, '--json'));
  assert.equal(again.blockHash, receipt.blockHash);
  assert.match(cast('block', 'latest', '--json'), /"hash"/);
});

test('forge create, then cast send, call, logs and estimate', () => {
  const out = execFileSync(bin('forge'), [
    'create', '--root', path.join(here, 'contracts'), '--use', path.join(here, 'bin', 'solc'), '--offline',
    '--rpc-url', RPC_URL, '--private-key', KEY, '--broadcast', 'src/Counter.sol:Counter',
  ], { encoding: 'utf8', timeout: 120_000 });
  const address = out.match(/Deployed to: (0x[0-9a-fA-F]{40})/)?.[1];
  assert.ok(address, out);
  const r = JSON.parse(cast('send', '--private-key', KEY, address, 'increment()', '--json'));
  assert.equal(r.status, '0x1');
  assert.equal(cast('call', address, 'get()(uint256)'), '1');
  const logs = JSON.parse(cast('logs', '--address', address, '--from-block', '0', 'Incremented(address indexed,uint256)', '--json'));
  assert.equal(logs.length, 1);
  assert.equal(logs[0].transactionHash, r.transactionHash);
  const custom = castFails('estimate', address, 'fail(uint256)', '7');
  assert.match(custom, /execution reverted/);
  assert.match(custom, /0xe0a89a3a0+7/); // TooBig(7)
  const reason = castFails('estimate', address, 'failString()');
  assert.match(reason, /execution reverted: nope/);
});
