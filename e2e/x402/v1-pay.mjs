// Pays for a URL with the official x402 v1 client (x402-fetch) and prints
// the outcome as one JSON line: {status, body, paymentResponse}. v1 names
// networks; CHAIN_ID must be the id of one it knows (e.g. 84532,
// base-sepolia).
//
//   KEY=0x… CHAIN_ID=84532 node v1-pay.mjs URL
import { wrapFetchWithPayment, decodeXPaymentResponse } from 'x402-fetch';
import { createWalletClient, http, defineChain } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';

const [url] = process.argv.slice(2);
const { KEY, CHAIN_ID, METHOD = 'GET' } = process.env;
const chain = defineChain({ id: Number(CHAIN_ID), name: 'chain', nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: ['http://127.0.0.1:1'] } } });
const wallet = createWalletClient({ account: privateKeyToAccount(KEY), chain, transport: http() });
const pay = wrapFetchWithPayment(fetch, wallet);
const res = await pay(url, { method: METHOD });
const header = res.headers.get('X-PAYMENT-RESPONSE');
console.log(JSON.stringify({
  status: res.status,
  body: await res.text(),
  paymentResponse: header ? decodeXPaymentResponse(header) : null,
}));
