// Pays for a URL with the official x402 v2 client (@x402/fetch) and prints
// the outcome as one JSON line: {status, body, paymentResponse}.
//
//   KEY=0x… NETWORK=eip155:31337 ASSET=0x… [METHOD=POST BODY='{"…"}'] node v2-pay.mjs URL
import { wrapFetchWithPayment, x402Client, decodePaymentResponseHeader } from '@x402/fetch';
import { ExactEvmScheme } from '@x402/evm/exact/client';
import { privateKeyToAccount } from 'viem/accounts';

const [url] = process.argv.slice(2);
const { KEY, NETWORK, ASSET, METHOD = 'GET', BODY } = process.env;
const client = new x402Client()
  .register(NETWORK, new ExactEvmScheme(privateKeyToAccount(KEY)))
  .setSpendControls({ allowedAssets: [{ network: NETWORK, asset: ASSET }] });
const pay = wrapFetchWithPayment(fetch, client);
const init = { method: METHOD };
if (BODY !== undefined) {
  init.body = BODY;
  init.headers = { 'Content-Type': 'application/json' };
}
const res = await pay(url, init);
const header = res.headers.get('PAYMENT-RESPONSE');
console.log(JSON.stringify({
  status: res.status,
  body: await res.text(),
  paymentResponse: header ? decodePaymentResponseHeader(header) : null,
}));
