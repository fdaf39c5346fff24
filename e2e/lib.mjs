// Shared helpers of the end-to-end tests: endpoints, dev keys, timeouts and
// the Counter contract compiled with the npm solc package.
//
// Every wait in the tests is bounded, and every file uses its own dev
// accounts so that node --test can run the files concurrently:
//   ethers.test.mjs   accounts 1, 2 (transfers, deploy), 3 (replacement)
//   viem.test.mjs     accounts 4, 5
//   foundry.test.mjs  accounts 6, 7
//   proof.test.mjs    account 8
// Accounts 0 and 9 are left alone.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const here = path.dirname(fileURLToPath(import.meta.url));

export const RPC_URL = process.env.RPC_URL ?? 'http://127.0.0.1:8545';
export const WS_URL = process.env.WS_URL ?? RPC_URL.replace(/^http/, 'ws');
export const CHAIN_ID = 31337;
export const MNEMONIC = 'test test test test test test test test test test test junk';

// The keys of accounts 0..9 of MNEMONIC (m/44'/60'/0'/0/i); a test checks
// that they derive from it.
export const KEYS = [
  '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
  '0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6',
  '0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a',
  '0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba',
  '0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e',
  '0x4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356',
  '0xdbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97',
  '0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6',
];
export const ADDRESSES = [
  '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
  '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
  '0x90F79bf6EB2c4f870365E785982E1f101E93b906',
  '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65',
  '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
  '0x976EA74026E726554dB657fA54763abd0C3a0aa9',
  '0x14dC79964da2C08b23698B3D3cc7Ca32193d9955',
  '0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f',
  '0xa0Ee7A142d267C1f36714E4a8F75612F20a79720',
];

// Timeouts: a receipt needs a block or two; everything else a round trip.
export const RECEIPT_MS = 30_000;
export const TEST_MS = 120_000;

let compiled;
// counter returns { abi, bytecode } of contracts/src/Counter.sol, compiled
// here with the npm solc.
export function counter() {
  if (compiled) return compiled;
  const solc = require('solc');
  const source = fs.readFileSync(path.join(here, 'contracts/src/Counter.sol'), 'utf8');
  const input = {
    language: 'Solidity',
    sources: { 'Counter.sol': { content: source } },
    settings: { outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } } },
  };
  const out = JSON.parse(solc.compile(JSON.stringify(input)));
  const errors = (out.errors ?? []).filter((e) => e.severity === 'error');
  if (errors.length) throw new Error(errors.map((e) => e.formattedMessage).join('\n'));
  const c = out.contracts['Counter.sol'].Counter;
  compiled = { abi: c.abi, bytecode: '0x' + c.evm.bytecode.object };
  return compiled;
}

// withTimeout rejects if p does not settle within ms.
export function withTimeout(p, ms, what) {
  let timer;
  return Promise.race([
    Promise.resolve(p).finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timeout after ${ms} ms: ${what}`)), ms); }),
  ]);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
