// The official TypeScript x402 facilitator (@x402/evm's exact scheme on
// viem) served over HTTP with the facilitator API (POST /verify, POST
// /settle, GET /supported), for side-by-side benchmarks with ours. Prints
// "listening <port>" once it serves.
//
//   RPC=http://127.0.0.1:8545 CHAIN_ID=31337 KEY=0x… node ts-facilitator.mjs
import http from 'node:http';
import { x402Facilitator } from '@x402/core/facilitator';
import { ExactEvmScheme } from '@x402/evm/exact/facilitator';
import { toFacilitatorEvmSigner } from '@x402/evm';
import { createPublicClient, createWalletClient, defineChain, http as rpc } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';

const { RPC, CHAIN_ID, KEY, PORT = '0' } = process.env;
const chain = defineChain({ id: Number(CHAIN_ID), name: 'bench', nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: [RPC] } } });
const account = privateKeyToAccount(KEY);
// Receipts are polled every 100 ms (viem's default for an unknown chain is 4 s).
const pub = createPublicClient({ chain, transport: rpc(RPC), pollingInterval: 100 });
const wal = createWalletClient({ account, chain, transport: rpc(RPC), pollingInterval: 100 });
const signer = toFacilitatorEvmSigner({
  address: account.address,
  readContract: (a) => pub.readContract({ ...a, args: a.args ?? [] }),
  verifyTypedData: (a) => pub.verifyTypedData(a),
  writeContract: (a) => wal.writeContract(a),
  sendTransaction: (a) => wal.sendTransaction(a),
  waitForTransactionReceipt: (a) => pub.waitForTransactionReceipt(a),
  getCode: (a) => pub.getCode(a),
}, { confirmationTimeoutMs: 60_000 });
const facilitator = new x402Facilitator().register(`eip155:${CHAIN_ID}`, new ExactEvmScheme(signer));

function reply(res, status, value) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));
}

const server = http.createServer(async (req, res) => {
  try {
    if (req.method === 'GET' && req.url === '/supported') return reply(res, 200, facilitator.getSupported());
    if (req.method !== 'POST' || (req.url !== '/verify' && req.url !== '/settle')) return reply(res, 404, { error: 'not found' });
    let body = '';
    for await (const chunk of req) body += chunk;
    const { paymentPayload, paymentRequirements } = JSON.parse(body);
    const out = req.url === '/verify'
      ? await facilitator.verify(paymentPayload, paymentRequirements)
      : await facilitator.settle(paymentPayload, paymentRequirements);
    reply(res, 200, out);
  } catch (err) {
    reply(res, 500, { error: String(err?.message ?? err) });
  }
});
server.keepAliveTimeout = 60_000;
server.listen(Number(PORT), '127.0.0.1', () => console.log(`listening ${server.address().port}`));
