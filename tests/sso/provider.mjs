// A real OpenID Provider (npm oidc-provider 8.8.x) on loopback for forkant's single sign-on test
// (tests/sso/run). It prints {"issuer": "...", "control": "..."} as its first line on stdout once it
// listens, signs users in without a login form (its interaction completes at once for the account the
// test chose), and takes orders from the test on POST /__test/control (JSON):
//   {"account": "ann", "email": "...", "name": "...", "groups": [...]}   who signs in next
//   {"tamper": "wrong_audience" | "expired" | "bad_signature" | "alg_none" | "missing_nonce" |
//              "wrong_nonce" | "" }                                      what the token endpoint's id_token becomes
//   {"rotate": true}   from now on id_tokens are signed with a second key (new kid) and the JWKS lists both
// Usage: node provider.mjs REDIRECT_URI CLIENT_ID CLIENT_SECRET
import http from 'node:http';
import crypto from 'node:crypto';
import Provider from 'oidc-provider';
import { CompactSign, importJWK } from 'jose';

const [redirectUri, clientId, clientSecret] = process.argv.slice(2);
if (!clientSecret) {
  console.error('usage: node provider.mjs REDIRECT_URI CLIENT_ID CLIENT_SECRET');
  process.exit(2);
}

function newKey(kid) {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return { ...jwk, kid, use: 'sig', alg: 'RS256' };
}
const publicOf = ({ kty, n, e, kid, use, alg }) => ({ kty, n, e, kid, use, alg });
const first = newKey('key-1');
const second = newKey('key-2');

const state = { account: 'ann', email: 'ann@example.dk', name: 'Ann', groups: [], tamper: '', rotated: false };

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: clientId,
    client_secret: clientSecret,
    redirect_uris: [redirectUri],
    response_types: ['code'],
    grant_types: ['authorization_code'],
    token_endpoint_auth_method: 'client_secret_post',
  }],
  jwks: { keys: [first] },
  cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
  conformIdTokenClaims: false,  // the groups in the id_token, as Entra ID sends them
  features: { devInteractions: { enabled: false } },
  pkce: { methods: ['S256'], required: () => true },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  findAccount: (ctx, sub) => ({
    accountId: sub,
    claims: async () => ({ sub, email: state.email, email_verified: true, name: state.name, groups: state.groups }),
  }),
  // No consent screen: every client here is first-party.
  loadExistingGrant: async (ctx) => {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});

async function resign(token, change, key) {
  const [h, p] = token.split('.');
  const header = JSON.parse(Buffer.from(h, 'base64url'));
  const payload = JSON.parse(Buffer.from(p, 'base64url'));
  change(payload, header);
  const signer = new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'RS256', kid: key.kid });
  return signer.sign(await importJWK(key, 'RS256'));
}

async function tampered(token) {
  const now = Math.floor(Date.now() / 1000);
  const key = state.rotated ? second : first;
  switch (state.tamper) {
    case 'wrong_audience': return resign(token, (p) => { p.aud = 'someone-else'; }, key);
    case 'expired': return resign(token, (p) => { p.iat = now - 7200; p.exp = now - 3600; }, key);
    case 'missing_nonce': return resign(token, (p) => { delete p.nonce; }, key);
    case 'wrong_nonce': return resign(token, (p) => { p.nonce = 'not-the-nonce-of-this-sign-in'; }, key);
    case 'bad_signature': {
      const parts = token.split('.');
      const sig = Buffer.from(parts[2], 'base64url');
      sig[10] ^= 0x01;
      return `${parts[0]}.${parts[1]}.${sig.toString('base64url')}`;
    }
    case 'alg_none': {
      const p = token.split('.')[1];
      return `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${p}.`;
    }
    default:
      return state.rotated ? resign(token, () => {}, second) : token;
  }
}

provider.use(async (ctx, next) => {
  await next();
  if (ctx.path === '/token' && ctx.status === 200 && ctx.body?.id_token) {
    ctx.body = { ...ctx.body, id_token: await tampered(ctx.body.id_token) };
  }
  if (ctx.path === '/jwks' && state.rotated) ctx.body = { keys: [publicOf(first), publicOf(second)] };
});

const callback = provider.callback();
server.on('request', async (req, res) => {
  try {
    if (req.url === '/__test/control' && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      const order = JSON.parse(body);
      if (order.rotate) state.rotated = true;
      for (const k of ['account', 'email', 'name', 'groups', 'tamper']) if (k in order) state[k] = order[k];
      res.writeHead(204).end();
      return;
    }
    if (req.url.startsWith('/interaction/')) {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name !== 'login') throw new Error(`unexpected prompt ${details.prompt.name}`);
      await provider.interactionFinished(req, res, { login: { accountId: state.account } },
        { mergeWithLastSubmission: false });
      return;
    }
    callback(req, res);
  } catch (e) {
    console.error(e);
    res.writeHead(500).end(String(e));
  }
});

process.stdout.write(`${JSON.stringify({ issuer, control: `${issuer}/__test/control` })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
