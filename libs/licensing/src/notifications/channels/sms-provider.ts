import { Injectable } from '@nestjs/common';

/** Sends one SMS to a number in E.164 (+66…); resolves with the provider's message id, rejects when it was not taken. */
export abstract class SmsProvider {
  abstract readonly name: string;
  abstract send(phoneE164: string, text: string): Promise<{ providerMessageId: string | null }>;
}

export interface LocalSms {
  id: string;
  to: string;
  text: string;
  sentAt: string;
}

/**
 * `SMS_PROVIDER=local` (development and tests; refused in production): keeps the last 500 messages in memory,
 * readable at `GET /dev/sms` in the embedded mode.
 */
@Injectable()
export class LocalSmsProvider extends SmsProvider {
  readonly name = 'local';
  private readonly messages: LocalSms[] = [];
  private next = 1;

  async send(phoneE164: string, text: string): Promise<{ providerMessageId: string }> {
    const message = { id: `local-${this.next++}`, to: phoneE164, text, sentAt: new Date().toISOString() };
    this.messages.unshift(message);
    this.messages.length = Math.min(this.messages.length, 500);
    return { providerMessageId: message.id };
  }

  /** Newest first. */
  list(): LocalSms[] {
    return [...this.messages];
  }
}

/** Production without SMS credentials: every SMS fails with this reason (recorded on the delivery, retried). */
export class UnconfiguredSmsProvider extends SmsProvider {
  readonly name = 'none';
  async send(): Promise<never> {
    throw new Error('No SMS provider is configured (SMS_PROVIDER, THAIBULKSMS_API_KEY, THAIBULKSMS_API_SECRET)');
  }
}

export interface ThaiBulkSmsSettings {
  url: string;
  apiKey: string;
  apiSecret: string;
  sender: string;
  timeoutMs: number;
}

/**
 * ThaiBulkSMS (thaibulksms.com) API v2: `POST {url}/sms`, HTTP Basic with the API key and secret, form fields
 * `msisdn` (Thai form, 0XXXXXXXXX), `message`, `sender`. An answer with `phone_number_list` naming the number is
 * taken; an `error` object, a number in `bad_phone_number_list`, another status or no answer is a failure (the
 * outbox retries it).
 */
export class ThaiBulkSmsProvider extends SmsProvider {
  readonly name = 'thaibulksms';

  constructor(private readonly settings: ThaiBulkSmsSettings) {
    super();
  }

  async send(phoneE164: string, text: string): Promise<{ providerMessageId: string | null }> {
    const msisdn = phoneE164.replace(/^\+66/, '0');
    const body = new URLSearchParams({ msisdn, message: text, sender: this.settings.sender });
    const auth = Buffer.from(`${this.settings.apiKey}:${this.settings.apiSecret}`).toString('base64');
    let res: Response;
    try {
      res = await fetch(`${this.settings.url.replace(/\/$/, '')}/sms`, {
        method: 'POST',
        headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body,
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
    } catch (error) {
      throw new Error(`ThaiBulkSMS unreachable: ${(error as Error).message}`);
    }
    const answer = (await res.json().catch(() => null)) as ThaiBulkSmsAnswer | null;
    if (!res.ok || !answer || answer.error) {
      const error = answer?.error;
      throw new Error(`ThaiBulkSMS refused (HTTP ${res.status})${error ? `: ${error.code ?? ''} ${error.name ?? ''} ${error.description ?? ''}`.trimEnd() : ''}`);
    }
    if (answer.bad_phone_number_list?.length) throw new Error(`ThaiBulkSMS refused the number ${msisdn}: ${answer.bad_phone_number_list.map((b) => b.message ?? '').join('; ')}`);
    const sent = answer.phone_number_list?.[0];
    if (!sent) throw new Error('ThaiBulkSMS answered without the number it sent to');
    return { providerMessageId: sent.message_id ?? null };
  }
}

interface ThaiBulkSmsAnswer {
  remaining_credit?: number;
  phone_number_list?: { number: string; message_id?: string; used_credit?: number }[];
  bad_phone_number_list?: { number: string; message?: string }[];
  error?: { code?: number | string; name?: string; description?: string };
}
