// An x402 v2 resource server on the official @x402/express middleware,
// using a remote facilitator. GET /paid costs AMOUNT of ASSET on NETWORK,
// paid to PAY_TO. Prints "listening <port>" once it serves.
//
//   FACILITATOR_URL=… NETWORK=eip155:31337 ASSET=0x… NAME="USD Coin" VERSION=2 PAY_TO=0x… AMOUNT=10000 node express-server.mjs
import express from 'express';
import { paymentMiddleware, x402ResourceServer } from '@x402/express';
import { HTTPFacilitatorClient } from '@x402/core/server';
import { ExactEvmScheme } from '@x402/evm/exact/server';

const { FACILITATOR_URL, NETWORK, ASSET, NAME, VERSION, PAY_TO, AMOUNT, PORT = '0' } = process.env;
const server = new x402ResourceServer(new HTTPFacilitatorClient({ url: FACILITATOR_URL }))
  .register(NETWORK, new ExactEvmScheme());
const app = express();
app.use(paymentMiddleware({
  'GET /paid': {
    accepts: { scheme: 'exact', network: NETWORK, payTo: PAY_TO, maxTimeoutSeconds: 60,
               price: { amount: AMOUNT, asset: ASSET, extra: { name: NAME, version: VERSION } } },
    description: 'paid endpoint', mimeType: 'application/json',
  },
}, server));
app.get('/paid', (_req, res) => res.json({ content: 'paid content' }));
const listener = app.listen(Number(PORT), '127.0.0.1', () => console.log(`listening ${listener.address().port}`));
