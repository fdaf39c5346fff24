// ethers v6 against the node: transfers, deploy, calls, logs (HTTP and
// WebSocket), fee history, reverts with data, replacement of a pending tx.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ethers } from 'ethers';
import { RPC_URL, WS_URL, CHAIN_ID, KEYS, counter, withTimeout } from './lib.mjs';

const provider = new ethers.JsonRpcProvider(RPC_URL, CHAIN_ID, { staticNetwork: true, pollingInterval: 200 });
const wallet = new ethers.Wallet(KEYS[1], provider);
const other = new ethers.Wallet(KEYS[2]).address;

test('ethers: chain id and transfer', async () => {
  const net = await provider.getNetwork();
  assert.equal(net.chainId, BigInt(CHAIN_ID));
  const before = await provider.getBalance(other);
  const tx = await wallet.sendTransaction({ to: other, value: ethers.parseEther('1.5') });
  const receipt = await withTimeout(tx.wait(), 30_000, 'transfer receipt');
  assert.equal(receipt.status, 1);
  assert.equal(receipt.from, wallet.address);
  assert.equal(await provider.getBalance(other), before + ethers.parseEther('1.5'));
});

test('ethers: deploy, call, events over HTTP and WebSocket, reverts', async () => {
  const { abi, bytecode } = counter();
  const factory = new ethers.ContractFactory(abi, bytecode, wallet);
  const c = await factory.deploy();
  await withTimeout(c.waitForDeployment(), 30_000, 'deploy');
  const address = await c.getAddress();
  assert.ok((await provider.getCode(address)).length > 2);

  const ws = new ethers.WebSocketProvider(WS_URL, CHAIN_ID);
  const wsCounter = new ethers.Contract(address, abi, ws);
  const seen = new Promise((resolve) => wsCounter.on('Incremented', (by, value) => resolve({ by, value })));
  // Give the subscription a moment to be installed before the event.
  await new Promise((r) => setTimeout(r, 300));
  const receipt = await withTimeout((await c.increment()).wait(), 30_000, 'increment');
  assert.equal(receipt.status, 1);
  assert.equal(await c.get(), 1n);
  const ev = await withTimeout(seen, 30_000, 'websocket event');
  assert.equal(ev.by, wallet.address);
  assert.equal(ev.value, 1n);
  await ws.destroy();

  const logs = await provider.getLogs({ address, fromBlock: 0, topics: [c.interface.getEvent('Incremented').topicHash] });
  assert.equal(logs.length, 1);
  assert.equal(logs[0].transactionHash, receipt.hash);

  await assert.rejects(c.fail.estimateGas(7), (err) => {
    assert.equal(err.code, 'CALL_EXCEPTION');
    const decoded = c.interface.parseError(err.data);
    assert.equal(decoded.name, 'TooBig');
    assert.equal(decoded.args[0], 7n);
    return true;
  });
  await assert.rejects(c.failString.staticCall(), (err) => {
    assert.equal(err.reason, 'nope');
    return true;
  });
});

test('ethers: fee history', async () => {
  const fh = await provider.send('eth_feeHistory', ['0x4', 'latest', [25, 75]]);
  assert.ok(fh.baseFeePerGas.length >= 2);
  assert.equal(fh.baseFeePerGas.length, fh.gasUsedRatio.length + 1);
  assert.equal(fh.reward.length, fh.gasUsedRatio.length);
  const fees = await provider.getFeeData();
  assert.ok(fees.maxFeePerGas > 0n && fees.maxPriorityFeePerGas > 0n);
});

test('ethers: replace a pending transaction', async () => {
  const signer = new ethers.Wallet(KEYS[3], provider);
  const nonce = await provider.getTransactionCount(signer.address, 'pending');
  const block = await provider.getBlock('latest');
  // Below the base fee so it cannot be mined before it is replaced.
  const low = block.baseFeePerGas > 2n ? block.baseFeePerGas / 2n : 1n;
  const first = await signer.sendTransaction({ to: other, value: 1n, nonce, gasLimit: 21000n, maxFeePerGas: low, maxPriorityFeePerGas: low });
  await assert.rejects(
    signer.sendTransaction({ to: other, value: 2n, nonce, gasLimit: 21000n, maxFeePerGas: low + low / 20n, maxPriorityFeePerGas: low + low / 20n }),
    (err) => /replacement transaction underpriced/.test(err.message),
  );
  const fee = block.baseFeePerGas * 3n + 2_000_000_000n;
  const second = await signer.sendTransaction({ to: other, value: 3n, nonce, gasLimit: 21000n, maxFeePerGas: fee, maxPriorityFeePerGas: 2_000_000_000n });
  const receipt = await withTimeout(second.wait(), 30_000, 'replacement');
  assert.equal(receipt.status, 1);
  assert.equal(await provider.getTransaction(first.hash), null);
});
