// Shared helpers of the end-to-end tests: endpoints, dev keys, and the
// Counter contract compiled with the npm solc package.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

export const RPC_URL = process.env.RPC_URL ?? 'http://127.0.0.1:8545';
export const WS_URL = process.env.WS_URL ?? RPC_URL.replace(/^http/, 'ws');
export const CHAIN_ID = 31337;

// The well-known keys of the test mnemonic (accounts 0..9). Each test file
// uses its own accounts so that files can run concurrently.
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

let compiled;
// counter returns { abi, bytecode } of contracts/src/Counter.sol.
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
    p.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timeout: ${what}`)), ms); }),
  ]);
}
