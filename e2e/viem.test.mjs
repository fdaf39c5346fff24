// viem against the node: the same flows through public, wallet and
// WebSocket clients.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createPublicClient, createWalletClient, http, webSocket, parseEther, defineChain, getAbiItem,
  BaseError, ContractFunctionRevertedError,
} from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { RPC_URL, WS_URL, CHAIN_ID, KEYS, ADDRESSES, RECEIPT_MS, TEST_MS, counter, withTimeout } from './lib.mjs';

const chain = defineChain({
  id: CHAIN_ID,
  name: 'dev',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: [RPC_URL], webSocket: [WS_URL] } },
});
const account = privateKeyToAccount(KEYS[4]);
const to = ADDRESSES[5];
const pub = createPublicClient({ chain, transport: http(RPC_URL, { timeout: 10_000 }), pollingInterval: 250 });
const wallet = createWalletClient({ chain, account, transport: http(RPC_URL, { timeout: 10_000 }) });
const receiptOf = (hash) => pub.waitForTransactionReceipt({ hash, timeout: RECEIPT_MS, pollingInterval: 250 });

// revertOf finds the ContractFunctionRevertedError in a viem error chain.
function revertOf(err) {
  assert.ok(err instanceof BaseError, `a viem error: ${err}`);
  const revert = err.walk((e) => e instanceof ContractFunctionRevertedError);
  assert.ok(revert instanceof ContractFunctionRevertedError, `ContractFunctionRevertedError in: ${err.message}`);
  return revert;
}

test('viem: transfer', { timeout: TEST_MS }, async () => {
  assert.equal(await pub.getChainId(), CHAIN_ID);
  assert.equal(account.address, ADDRESSES[4]);
  const [senderBefore, toBefore] = await Promise.all([
    pub.getBalance({ address: account.address }), pub.getBalance({ address: to }),
  ]);
  const value = parseEther('0.25');
  const hash = await wallet.sendTransaction({ to, value });
  const r = await receiptOf(hash);
  assert.equal(r.status, 'success');
  assert.equal(r.from.toLowerCase(), account.address.toLowerCase());
  assert.equal(r.gasUsed, 21000n);
  const tx = await pub.getTransaction({ hash });
  assert.equal(tx.blockHash, r.blockHash);
  assert.equal((await pub.getBlock({ blockNumber: r.blockNumber })).hash, r.blockHash);
  assert.equal(await pub.getBalance({ address: to }), toBefore + value);
  assert.equal(await pub.getBalance({ address: account.address }), senderBefore - value - r.gasUsed * r.effectiveGasPrice);
});

test('viem: deploy, read, write, logs, WebSocket events and heads, reverts', { timeout: TEST_MS }, async () => {
  const { abi, bytecode } = counter();
  const deployHash = await wallet.deployContract({ abi, bytecode });
  const { contractAddress: address, status } = await receiptOf(deployHash);
  assert.equal(status, 'success');
  assert.ok(address);
  assert.ok((await pub.getCode({ address })).length > 2);
  assert.equal(await pub.readContract({ address, abi, functionName: 'get' }), 0n);

  const wsClient = createPublicClient({ chain, transport: webSocket(WS_URL, { timeout: 10_000, reconnect: false }) });
  let unwatchEvent, unwatchBlocks, hash, r;
  try {
    const seen = new Promise((resolve, reject) => {
      unwatchEvent = wsClient.watchContractEvent({
        address, abi, eventName: 'Incremented', onLogs: (logs) => resolve(logs), onError: reject,
      });
    });
    // The first new head over the socket shows it is up, and that the
    // event subscription sent before it has had time to be installed.
    const heads = [];
    const firstHead = new Promise((resolve, reject) => {
      unwatchBlocks = wsClient.watchBlocks({
        onBlock: (b) => { heads.push(b); resolve(b); }, onError: reject,
      });
    });
    const head = await withTimeout(firstHead, RECEIPT_MS, 'watchBlocks (newHeads)');
    assert.ok(head.number > 0n && head.hash);

    const { request } = await pub.simulateContract({ address, abi, functionName: 'increment', account });
    hash = await wallet.writeContract(request);
    r = await receiptOf(hash);
    assert.equal(r.status, 'success');
    assert.equal(await pub.readContract({ address, abi, functionName: 'get' }), 1n);

    const logs = await withTimeout(seen, RECEIPT_MS, 'watchContractEvent over WebSocket');
    assert.equal(logs.length, 1);
    assert.equal(logs[0].args.by, account.address);
    assert.equal(logs[0].args.value, 1n);
    assert.equal(logs[0].transactionHash, hash);
    assert.ok(heads.length >= 1);
  } finally {
    unwatchEvent?.();
    unwatchBlocks?.();
    await wsClient.transport.getRpcClient().then((c) => c.close()).catch(() => {});
  }

  const event = getAbiItem({ abi, name: 'Incremented' });
  const logs = await pub.getLogs({ address, event, args: { by: account.address }, fromBlock: 0n, toBlock: 'latest' });
  assert.equal(logs.length, 1);
  assert.equal(logs[0].transactionHash, hash);
  assert.equal(logs[0].blockNumber, r.blockNumber);
  assert.equal(logs[0].args.value, 1n);
  assert.equal((await pub.getLogs({ address, event, args: { by: to }, fromBlock: 0n })).length, 0);
  const events = await pub.getContractEvents({ address, abi, eventName: 'Incremented', fromBlock: 0n });
  assert.equal(events.length, 1);

  await assert.rejects(pub.estimateContractGas({ address, abi, functionName: 'fail', args: [9n], account }), (err) => {
    const revert = revertOf(err);
    assert.equal(revert.data?.errorName, 'TooBig');
    assert.deepEqual(revert.data.args, [9n]);
    return true;
  });
  await assert.rejects(pub.simulateContract({ address, abi, functionName: 'fail', args: [10n], account }), (err) => {
    assert.deepEqual(revertOf(err).data?.args, [10n]);
    return true;
  });
  await assert.rejects(pub.estimateContractGas({ address, abi, functionName: 'failString', account }), (err) => {
    assert.equal(revertOf(err).reason, 'nope');
    return true;
  });
  await assert.rejects(pub.readContract({ address, abi, functionName: 'failString' }), (err) => {
    assert.equal(revertOf(err).reason, 'nope');
    return true;
  });
});

test('viem: fee history and fee estimates', { timeout: TEST_MS }, async () => {
  const fh = await pub.getFeeHistory({ blockCount: 3, rewardPercentiles: [25, 75] });
  const n = fh.gasUsedRatio.length;
  assert.ok(n >= 1 && n <= 3);
  assert.equal(fh.baseFeePerGas.length, n + 1);
  assert.equal(fh.reward.length, n);
  assert.equal(typeof fh.oldestBlock, 'bigint');
  const fees = await pub.estimateFeesPerGas();
  assert.ok(fees.maxFeePerGas > 0n && fees.maxPriorityFeePerGas >= 0n);
  assert.ok(await pub.getGasPrice() > 0n);
});
