export * from './entities';
export * from './payments.module';
export { SettlePayment, type SettleOutcome } from './settle-payment';
export { ReconcilePayments } from './reconcile-payments';
export { OmiseGateway, GatewayUnavailableError, GatewayRejectedError, type GatewayCharge, type GatewaySettings } from './omise-gateway';
export { LocalGatewayAgent, installGlobalAgent, type LocalGatewayAgentOptions } from './local-gateway-agent';
export { signWebhook, verifyWebhookSignature } from './webhook-signature';
export { thaiFiscalYear, amountInThaiWords } from './receipts';
export { PaymentErrors } from './payment-errors';
