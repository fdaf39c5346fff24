// eth_getProof (EIP-1186) verified in JavaScript: the account and storage
// proofs the node returns are checked against the block's state root with a
// Merkle-Patricia proof verifier built on viem's keccak256 and RLP decoder
// (viem and ethers fetch proofs but do not verify them). Uses account 8.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createPublicClient, createWalletClient, http, defineChain, keccak256, fromRlp, toRlp, hexToBytes, bytesToHex,
  numberToHex, pad,
} from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { RPC_URL, CHAIN_ID, KEYS, RECEIPT_MS, TEST_MS, counter } from './lib.mjs';

const chain = defineChain({ id: CHAIN_ID, name: 'dev', nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: [RPC_URL] } } });
const pub = createPublicClient({ chain, transport: http(RPC_URL, { timeout: 10_000 }), pollingInterval: 250 });
const wallet = createWalletClient({ chain, account: privateKeyToAccount(KEYS[8]), transport: http(RPC_URL, { timeout: 10_000 }) });

const nibbles = (bytes) => [...bytes].flatMap((b) => [b >> 4, b & 15]);

// verifyProof walks proof (RLP-encoded nodes, root first) along
// keccak256(key) from root. It returns the RLP-encoded value at the key, or
// null when the proof shows the key absent; it throws if the proof is not a
// valid path from root.
export function verifyProof(root, key, proof) {
  let path = nibbles(hexToBytes(keccak256(key)));
  let want = root.toLowerCase();
  let node = null; // a decoded node embedded in its parent (shorter than 32 bytes)
  for (let i = 0; ; i++) {
    if (node === null) {
      assert.ok(i < proof.length, 'proof ends before the path does');
      assert.equal(keccak256(proof[i]), want, `node ${i} does not hash to its reference`);
      node = fromRlp(proof[i]);
    }
    let next;
    if (node.length === 17) { // branch
      if (path.length === 0) return node[16] === '0x' ? null : node[16];
      next = node[path[0]];
      path = path.slice(1);
    } else { // leaf or extension: hex-prefix encoded path
      assert.equal(node.length, 2, 'node is neither a branch nor a short node');
      const hp = nibbles(hexToBytes(node[0]));
      const isLeaf = hp[0] >= 2;
      const rest = hp.slice(hp[0] % 2 === 1 ? 1 : 2);
      const match = rest.every((n, j) => path[j] === n);
      if (isLeaf) return match && rest.length === path.length ? node[1] : null;
      if (!match) return null;
      path = path.slice(rest.length);
      next = node[1];
    }
    if (next === '0x' || (Array.isArray(next) && next.length === 0)) return null;
    if (Array.isArray(next)) { node = next; continue; } // embedded child
    want = next.toLowerCase();
    node = null;
  }
}

test('eth_getProof: account and storage proofs verify against the state root', { timeout: TEST_MS }, async () => {
  const { abi, bytecode } = counter();
  const { contractAddress: address } = await pub.waitForTransactionReceipt({ hash: await wallet.deployContract({ abi, bytecode }), timeout: RECEIPT_MS, pollingInterval: 250 });
  const inc = await wallet.writeContract({ address, abi, functionName: 'increment' });
  const { blockNumber } = await pub.waitForTransactionReceipt({ hash: inc, timeout: RECEIPT_MS, pollingInterval: 250 });
  const block = await pub.getBlock({ blockNumber });

  const slot0 = pad('0x0', { size: 32 }), absentSlot = pad('0x1234', { size: 32 });
  const proof = await pub.getProof({ address, storageKeys: [slot0, absentSlot], blockNumber });
  const account = verifyProof(block.stateRoot, address, proof.accountProof);
  assert.ok(account, 'the contract is in the state');
  const [nonce, balance, storageRoot, codeHash] = fromRlp(account);
  assert.equal(BigInt(nonce === '0x' ? 0 : nonce), BigInt(proof.nonce));
  assert.equal(BigInt(balance === '0x' ? 0 : balance), proof.balance);
  assert.equal(storageRoot, proof.storageHash);
  assert.equal(codeHash, proof.codeHash);
  assert.equal(codeHash, keccak256(await pub.getCode({ address, blockNumber })));

  const [counted, absent] = proof.storageProof;
  assert.equal(counted.value, 1n);
  assert.equal(verifyProof(proof.storageHash, slot0, counted.proof), toRlp(numberToHex(1)));
  assert.equal(absent.value, 0n);
  assert.equal(verifyProof(proof.storageHash, absentSlot, absent.proof), null);

  // An account that does not exist is proven absent.
  const nobody = '0x000000000000000000000000000000000000dEaD';
  const none = await pub.getProof({ address: nobody, storageKeys: [], blockNumber });
  assert.equal(verifyProof(block.stateRoot, nobody, none.accountProof), null);

  // A tampered proof does not verify.
  const forged = [...proof.accountProof];
  forged[forged.length - 1] = bytesToHex(hexToBytes(forged[forged.length - 1]).map((b, i, a) => (i === a.length - 1 ? b ^ 1 : b)));
  assert.throws(() => verifyProof(block.stateRoot, address, forged));
});
