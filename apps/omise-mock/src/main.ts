/**
 * Standalone omise-mock: `node dist/apps/omise-mock/src/main.js`.
 *
 * Environment: OMISE_MOCK_PORT (default 12111), OMISE_MOCK_HOST (default 127.0.0.1; 0.0.0.0 in a container),
 * OMISE_PUBLIC_KEY, OMISE_SECRET_KEY, OMISE_WEBHOOK_URL, OMISE_WEBHOOK_SECRET (base64), OMISE_MOCK_STATE_FILE,
 * OMISE_MOCK_PUBLIC_URL (base of download_uri / authorize_uri when the mock is reached under another name),
 * OMISE_LOCAL_PROMPTPAY_ID (the PromptPay biller ID in QR codes: 13-digit tax ID + 2-digit suffix; default a made-up
 * development one), OMISE_LOCAL_PROMPTPAY_NAME (merchant name in the QR, ≤ 25 ASCII characters).
 */
import { closeOnSignals } from '@bizportal/common';
import { DEVELOPMENT_PROMPTPAY_BILLER_ID, createOmiseMock, promptPayBillerIdProblem } from './omise-mock';

const DEV_PUBLIC_KEY = 'pkey_test_omise_mock';
const DEV_SECRET_KEY = 'skey_test_omise_mock';
const DEV_WEBHOOK_SECRET = Buffer.from('omise-mock development webhook secret').toString('base64');

async function main(): Promise<void> {
  const env = process.env;
  const port = Number(env.OMISE_MOCK_PORT ?? 12111);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`OMISE_MOCK_PORT is not a port: ${env.OMISE_MOCK_PORT}`);
  const host = env.OMISE_MOCK_HOST || '127.0.0.1';
  const defaults: string[] = [];
  const pick = (name: string, fallback: string): string => {
    const value = env[name];
    if (value) return value;
    defaults.push(name);
    return fallback;
  };
  const publicKey = pick('OMISE_PUBLIC_KEY', DEV_PUBLIC_KEY);
  const secretKey = pick('OMISE_SECRET_KEY', DEV_SECRET_KEY);
  const webhookSecret = pick('OMISE_WEBHOOK_SECRET', DEV_WEBHOOK_SECRET);
  const webhookUrl = env.OMISE_WEBHOOK_URL || undefined;
  const stateFile = env.OMISE_MOCK_STATE_FILE || undefined;
  const promptPayBillerId = pick('OMISE_LOCAL_PROMPTPAY_ID', DEVELOPMENT_PROMPTPAY_BILLER_ID);
  const billerProblem = promptPayBillerIdProblem(promptPayBillerId);
  if (billerProblem) throw new Error(`OMISE_LOCAL_PROMPTPAY_ID=${promptPayBillerId}: ${billerProblem}`);

  const mock = createOmiseMock({
    publicKey,
    secretKey,
    webhookSecret,
    webhookUrl,
    stateFile,
    publicUrl: env.OMISE_MOCK_PUBLIC_URL || undefined,
    promptPayBillerId,
    promptPayMerchantName: env.OMISE_LOCAL_PROMPTPAY_NAME || undefined,
    log: (line) => console.log(`[omise-mock] ${line}`),
  });
  const { port: actual } = await mock.listen(port, host);

  console.log('==========================================================================================');
  console.log(' omise-mock — a DEVELOPMENT / TEST payment gateway that imitates the Omise API.');
  console.log(' It moves NO money: every object is livemode:false, nothing reaches Omise or any bank.');
  console.log(` State is kept in memory${stateFile ? ` and saved to ${stateFile}` : ' only (lost when it stops)'}.`);
  console.log(' Never point a production deployment at it.');
  console.log('==========================================================================================');
  console.log(` Listening on ${mock.url} (port ${actual}); public key for /tokens and /sources, secret key for the rest.`);
  console.log(` PromptPay QR biller ID: ${promptPayBillerId}.`);
  console.log(` Webhooks: ${webhookUrl ?? 'none (set OMISE_WEBHOOK_URL)'} — signed with Omise-Signature / Omise-Signature-Timestamp.`);
  if (defaults.length > 0) console.log(` Using built-in development values for: ${defaults.join(', ')}.`);
  console.log(' Test controls: POST /__mock/config {latencyMs, down, dropWebhooks, failNextWebhooks, webhookUrl},');
  console.log('                GET /__mock/state, POST /__mock/reset, POST /charges/:id/mark_as_paid | mark_as_failed;');
  console.log('                redirect sources (mobile banking, TrueMoney, Rabbit LINE Pay): approve or decline at authorize_uri.');

  closeOnSignals('omise-mock', () => mock.close());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
