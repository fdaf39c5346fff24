// viem against the node: the same flows through public, wallet and
// WebSocket clients.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPublicClient, createWalletClient, http, webSocket, parseEther, defineChain, ContractFunctionRevertedError, BaseError } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { RPC_URL, WS_URL, CHAIN_ID, KEYS, counter, withTimeout } from './lib.mjs';

const chain = defineChain({
  id: CHAIN_ID, name: 'metis dev', nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: [RPC_URL], webSocket: [WS_URL] } },
});
const account = privateKeyToAccount(KEYS[4]);
const to = privateKeyToAccount(KEYS[5]).address;
const pub = createPublicClient({ chain, transport: http(RPC_URL), pollingInterval: 200 });
const wallet = createWalletClient({ chain, account, transport: http(RPC_URL) });

test('viem: transfer', async () => {
  assert.equal(await pub.getChainId(), CHAIN_ID);
  const before = await pub.getBalance({ address: to });
  const hash = await wallet.sendTransaction({ to, value: parseEther('0.25') });
  const r = await withTimeout(pub.waitForTransactionReceipt({ hash }), 30_000, 'receipt');
  assert.equal(r.status, 'success');
  assert.equal(await pub.getBalance({ address: to }), before + parseEther('0.25'));
});

test('viem: deploy, read, write, logs, WebSocket events, reverts, fee history', async () => {
  const { abi, bytecode } = counter();
  const deployHash = await wallet.deployContract({ abi, bytecode });
  const { contractAddress: address } = await withTimeout(pub.waitForTransactionReceipt({ hash: deployHash }), 30_000, 'deploy');
  assert.ok(address);

  const wsClient = createPublicClient({ chain, transport: webSocket(WS_URL) });
  let unwatch;
  const seen = new Promise((resolve) => {
    unwatch = wsClient.watchContractEvent({ address, abi, eventName: 'Incremented', onLogs: (logs) => resolve(logs[0]) });
  });
  const heads = new Promise((resolve) => {
    const stop = wsClient.watchBlocks({ onBlock: (b) => { stop(); resolve(b); } });
  });
  await new Promise((r) => setTimeout(r, 300));
  const hash = await wallet.writeContract({ address, abi, functionName: 'increment' });
  const r = await withTimeout(pub.waitForTransactionReceipt({ hash }), 30_000, 'increment');
  assert.equal(r.status, 'success');
  assert.equal(await pub.readContract({ address, abi, functionName: 'get' }), 1n);
  const log = await withTimeout(seen, 30_000, 'ws event');
  assert.equal(log.args.by, account.address);
  assert.equal(log.args.value, 1n);
  const block = await withTimeout(heads, 30_000, 'newHeads');
  assert.ok(block.number > 0n);
  unwatch();
  await wsClient.transport.getRpcClient().then((c) => c.close());

  const logs = await pub.getContractEvents({ address, abi, eventName: 'Incremented', fromBlock: 0n });
  assert.equal(logs.length, 1);
  assert.equal(logs[0].transactionHash, hash);

  await assert.rejects(
    pub.estimateContractGas({ address, abi, functionName: 'fail', args: [9n], account }),
    (err) => {
      assert.ok(err instanceof BaseError);
      const revert = err.walk((e) => e instanceof ContractFunctionRevertedError);
      assert.ok(revert, 'ContractFunctionRevertedError');
      assert.equal(revert.data.errorName, 'TooBig');
      assert.deepEqual(revert.data.args, [9n]);
      return true;
    },
  );
  const fh = await pub.getFeeHistory({ blockCount: 3, rewardPercentiles: [50] });
  assert.equal(fh.baseFeePerGas.length, fh.gasUsedRatio.length + 1);
});
