// ethers v6 against the node: dev accounts, transfers, deploy, calls, logs
// (getLogs, filters, WebSocket subscriptions), fee history, reverts with
// data, and replacement of a pending transaction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ethers } from 'ethers';
import {
  RPC_URL, WS_URL, CHAIN_ID, MNEMONIC, KEYS, ADDRESSES, RECEIPT_MS, TEST_MS, counter, withTimeout, sleep,
} from './lib.mjs';

const provider = new ethers.JsonRpcProvider(RPC_URL, CHAIN_ID, { staticNetwork: true, pollingInterval: 250 });
const wallet = new ethers.Wallet(KEYS[1], provider);
const other = ADDRESSES[2];

test('ethers: dev accounts come from the test mnemonic and are funded', { timeout: TEST_MS }, async () => {
  assert.equal((await provider.getNetwork()).chainId, BigInt(CHAIN_ID));
  assert.equal(await provider.send('eth_chainId', []), '0x7a69');
  for (let i = 0; i < 10; i++) {
    const w = ethers.HDNodeWallet.fromPhrase(MNEMONIC, undefined, `m/44'/60'/0'/0/${i}`);
    assert.equal(w.address, ADDRESSES[i]);
    assert.equal(w.privateKey, KEYS[i]);
    assert.ok(await provider.getBalance(w.address) > ethers.parseEther('100'), `account ${i} funded`);
  }
});

test('ethers: transfer between dev accounts', { timeout: TEST_MS }, async () => {
  const [senderBefore, otherBefore] = await Promise.all([provider.getBalance(wallet.address), provider.getBalance(other)]);
  const value = ethers.parseEther('1.5');
  const tx = await wallet.sendTransaction({ to: other, value });
  const receipt = await withTimeout(tx.wait(), RECEIPT_MS, 'transfer receipt');
  assert.equal(receipt.status, 1);
  assert.equal(receipt.from, wallet.address);
  assert.equal(receipt.to, other);
  assert.equal(receipt.gasUsed, 21000n);
  assert.ok(receipt.gasPrice > 0n, 'effectiveGasPrice');

  const block = await provider.getBlock(receipt.blockNumber);
  assert.equal(block.hash, receipt.blockHash);
  assert.ok(block.transactions.includes(tx.hash), 'tx in its block');
  const got = await provider.getTransaction(tx.hash);
  assert.equal(got.blockNumber, receipt.blockNumber);
  assert.equal(got.nonce, tx.nonce);

  assert.equal(await provider.getBalance(other), otherBefore + value);
  assert.equal(await provider.getBalance(wallet.address), senderBefore - value - receipt.gasUsed * receipt.gasPrice);
});

test('ethers: deploy, call, logs over HTTP and WebSocket, reverts with data', { timeout: TEST_MS }, async () => {
  const { abi, bytecode } = counter();
  const factory = new ethers.ContractFactory(abi, bytecode, wallet);
  const c = await factory.deploy();
  const deployReceipt = await withTimeout(c.deploymentTransaction().wait(), RECEIPT_MS, 'deploy');
  const address = await c.getAddress();
  assert.equal(deployReceipt.contractAddress, address);
  assert.ok((await provider.getCode(address)).length > 2, 'code at the address');
  assert.equal(await c.get(), 0n);

  const topic = c.interface.getEvent('Incremented').topicHash;
  const byTopic = ethers.zeroPadValue(wallet.address, 32);

  // Three ways to hear of the event before it happens: an HTTP filter, a
  // contract listener over WebSocket, and a raw eth_subscribe over the
  // same socket (whose answer means the node has installed it).
  const filterId = await provider.send('eth_newFilter', [{ address, topics: [topic] }]);
  const ws = new ethers.WebSocketProvider(WS_URL, CHAIN_ID, { staticNetwork: true });
  try {
    const wsCounter = new ethers.Contract(address, abi, ws);
    const viaContract = new Promise((resolve) => {
      wsCounter.once('Incremented', (by, value, ev) => resolve({ by, value, hash: ev.log.transactionHash }));
    });
    let onRaw;
    let subId;
    const viaRaw = new Promise((resolve) => { onRaw = resolve; });
    ws.websocket.addEventListener('message', (m) => {
      const msg = JSON.parse(m.data);
      if (subId && msg.method === 'eth_subscription' && msg.params?.subscription === subId) onRaw(msg.params.result);
    });
    subId = await withTimeout(ws.send('eth_subscribe', ['logs', { address, topics: [topic] }]), 10_000, 'eth_subscribe');
    assert.match(subId, /^0x[0-9a-f]+$/i);
    await sleep(200); // the contract listener's own eth_subscribe went out first; let it land too

    const receipt = await withTimeout((await c.increment()).wait(), RECEIPT_MS, 'increment');
    assert.equal(receipt.status, 1);
    assert.equal(receipt.logs.length, 1);
    assert.equal(await c.get(), 1n);

    const raw = await withTimeout(viaRaw, RECEIPT_MS, 'eth_subscribe logs notification');
    assert.equal(raw.address.toLowerCase(), address.toLowerCase());
    assert.deepEqual(raw.topics.map((t) => t.toLowerCase()), [topic, byTopic.toLowerCase()]);
    assert.equal(BigInt(raw.data), 1n);
    assert.equal(raw.transactionHash, receipt.hash);
    assert.equal(raw.blockHash, receipt.blockHash);
    assert.equal(raw.removed, false);

    const ev = await withTimeout(viaContract, RECEIPT_MS, 'contract.on over WebSocket');
    assert.equal(ev.by, wallet.address);
    assert.equal(ev.value, 1n);
    assert.equal(ev.hash, receipt.hash);

    assert.equal(await withTimeout(ws.send('eth_unsubscribe', [subId]), 10_000, 'eth_unsubscribe'), true);
    await wsCounter.removeAllListeners();

    const changes = await provider.send('eth_getFilterChanges', [filterId]);
    assert.equal(changes.length, 1);
    assert.equal(changes[0].transactionHash, receipt.hash);
    assert.equal(await provider.send('eth_uninstallFilter', [filterId]), true);

    const logs = await provider.getLogs({ address, fromBlock: 0, toBlock: 'latest', topics: [topic, byTopic] });
    assert.equal(logs.length, 1);
    assert.equal(logs[0].transactionHash, receipt.hash);
    assert.equal(logs[0].blockNumber, receipt.blockNumber);
    assert.deepEqual(c.interface.parseLog(logs[0]).args.toArray(), [wallet.address, 1n]);
    assert.equal((await provider.getLogs({ blockHash: receipt.blockHash, address })).length, 1);
    assert.equal((await provider.getLogs({ address, fromBlock: 0, topics: [topic, ethers.zeroPadValue(other, 32)] })).length, 0);
  } finally {
    await ws.destroy();
  }

  // Reverts: the error carries the revert data, decoded by the ABI.
  await assert.rejects(c.fail.estimateGas(7), (err) => {
    assert.equal(err.code, 'CALL_EXCEPTION');
    const decoded = c.interface.parseError(err.data);
    assert.equal(decoded.name, 'TooBig');
    assert.deepEqual(decoded.args.toArray(), [7n]);
    return true;
  });
  await assert.rejects(c.fail.staticCall(8), (err) => {
    assert.equal(err.code, 'CALL_EXCEPTION');
    assert.equal(err.revert?.name, 'TooBig');
    assert.deepEqual([...err.revert.args], [8n]);
    return true;
  });
  await assert.rejects(c.failString.estimateGas(), (err) => {
    assert.equal(err.code, 'CALL_EXCEPTION');
    assert.equal(err.reason, 'nope');
    return true;
  });
  await assert.rejects(c.failString.staticCall(), (err) => {
    assert.equal(err.reason, 'nope');
    return true;
  });
});

test('ethers: fee history and fee data', { timeout: TEST_MS }, async () => {
  const fh = await provider.send('eth_feeHistory', ['0x4', 'latest', [25, 75]]);
  const n = fh.gasUsedRatio.length;
  assert.ok(n >= 1 && n <= 4, `gasUsedRatio has ${n} entries`);
  assert.equal(fh.baseFeePerGas.length, n + 1);
  assert.equal(fh.reward.length, n);
  for (const r of fh.reward) assert.equal(r.length, 2);
  assert.match(fh.oldestBlock, /^0x[0-9a-f]+$/);
  const latest = await provider.getBlockNumber();
  assert.ok(Number(fh.oldestBlock) + n - 1 <= latest);
  const fees = await provider.getFeeData();
  assert.ok(fees.maxFeePerGas > 0n && fees.maxPriorityFeePerGas > 0n && fees.gasPrice > 0n);
});

// nextBlock resolves just after the chain head moves, leaving most of a
// block interval for what comes next. (It asks eth_blockNumber directly:
// provider.getBlockNumber caches.)
async function nextBlock() {
  const head = async () => Number(await provider.send('eth_blockNumber', []));
  const start = await head();
  const deadline = Date.now() + RECEIPT_MS;
  while (Date.now() < deadline) {
    await sleep(25);
    if (await head() > start) return;
  }
  throw new Error('timeout: no new block (the replacement test needs a block time > 0)');
}

const isUnderpriced = (err) =>
  err?.code === 'REPLACEMENT_UNDERPRICED' || /replacement transaction underpriced/i.test(`${err?.message} ${err?.error?.message ?? ''}`);

test('ethers: replace a pending transaction', { timeout: TEST_MS }, async () => {
  // Needs a block time > 0: the first transaction is sent just after a
  // block and must still be pending when it is replaced. If a block comes
  // in between anyway (a slow machine), try again with the next nonce.
  const signer = new ethers.Wallet(KEYS[3], provider);
  const isAnvil = /^anvil\//i.test(await provider.send('web3_clientVersion', []));
  const tip = ethers.parseUnits('1', 'gwei');
  for (let attempt = 1; ; attempt++) {
    await nextBlock();
    const [nonce, { baseFeePerGas }] = await Promise.all([
      provider.getTransactionCount(signer.address, 'pending'), provider.getBlock('latest'),
    ]);
    const lowFee = baseFeePerGas * 2n + tip;
    const first = await signer.sendTransaction({
      to: other, value: 1n, nonce, gasLimit: 21000n, maxFeePerGas: lowFee, maxPriorityFeePerGas: tip,
    });
    // The same fees again are refused; so is a bump under 10% (geth's
    // rule; anvil asks only for higher fees, so there it is not checked)...
    const sameErr = await signer.sendTransaction({
      to: other, value: 2n, nonce, gasLimit: 21000n, maxFeePerGas: lowFee, maxPriorityFeePerGas: tip,
    }).then(() => null, (err) => err);
    const smallErr = isUnderpriced(sameErr) && !isAnvil ? await signer.sendTransaction({
      to: other, value: 2n, nonce, gasLimit: 21000n, maxFeePerGas: lowFee + lowFee / 20n, maxPriorityFeePerGas: tip + tip / 20n,
    }).then(() => null, (err) => err) : sameErr;
    // ...one of 100% on both fees replaces it.
    const second = isUnderpriced(smallErr) ? await signer.sendTransaction({
      to: other, value: 3n, nonce, gasLimit: 21000n, maxFeePerGas: lowFee * 2n, maxPriorityFeePerGas: tip * 2n,
    }).catch((err) => err) : null;
    if (!(second instanceof ethers.TransactionResponse)) {
      if (attempt < 3 && await provider.getTransactionReceipt(first.hash)) {
        console.log(`# attempt ${attempt}: the first transaction was mined before it could be replaced; again`);
        continue;
      }
      assert.ok(sameErr, 'a replacement with the same fees was accepted');
      assert.ok(isUnderpriced(sameErr), `same fees: want "replacement transaction underpriced", got: ${sameErr.message}`);
      assert.ok(smallErr, 'a replacement with a 5% bump was accepted');
      assert.ok(isUnderpriced(smallErr), `5% bump: want "replacement transaction underpriced", got: ${smallErr.message}`);
      throw second;
    }
    const receipt = await withTimeout(second.wait(), RECEIPT_MS, 'replacement receipt');
    assert.equal(receipt.status, 1);
    assert.equal(receipt.hash, second.hash);

    // ethers sees the original replaced; the node has forgotten it.
    await assert.rejects(withTimeout(first.wait(), RECEIPT_MS, 'wait on the replaced transaction'), (err) => {
      assert.equal(err.code, 'TRANSACTION_REPLACED');
      assert.equal(err.replacement.hash, second.hash);
      assert.equal(err.reason, 'replaced'); // a different value: not merely repriced
      return true;
    });
    await nextBlock();
    assert.equal(await provider.getTransactionCount(signer.address, 'latest'), nonce + 1);
    assert.equal(await provider.getTransaction(first.hash), null);
    assert.equal(await provider.getTransactionReceipt(first.hash), null);
    return;
  }
});
