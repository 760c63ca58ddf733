/** Omise's test cards (docs.omise.co/api-testing) and the card checks of `POST /tokens`. */

export type CardOutcome = { kind: 'success' } | { kind: 'failure'; code: string; message: string } | { kind: '3ds' };

export const FAILURE_MESSAGES: Readonly<Record<string, string>> = {
  insufficient_fund: 'insufficient funds in the account or the card has reached the credit limit',
  stolen_or_lost_card: 'card is stolen or lost',
  failed_processing: 'payment could not be processed',
  payment_rejected: 'payment is rejected by the issuer',
};

/** Failing test cards as Omise documents them (docs.omise.co/api-testing, "Creating failed charges"). */
export const FAILING_TEST_CARDS: Readonly<Record<string, string>> = {
  '4111111111140011': 'insufficient_fund',
  '5555551111110011': 'insufficient_fund',
  '3530111111190011': 'insufficient_fund',
  '6250947000000014': 'insufficient_fund',
  '4111111111130012': 'stolen_or_lost_card',
  '5555551111100012': 'stolen_or_lost_card',
  '3530111111180012': 'stolen_or_lost_card',
  '6250947000000022': 'stolen_or_lost_card',
  '4111111111120013': 'failed_processing',
  '5555551111190013': 'failed_processing',
  '3530111111170013': 'failed_processing',
  '377138160000009': 'failed_processing',
  '6447032400001111005': 'failed_processing',
  '36021042111108': 'failed_processing',
  '6250947000000030': 'failed_processing',
  '4111111111110014': 'payment_rejected',
  '5555551111180014': 'payment_rejected',
  '3530111111160014': 'payment_rejected',
};

/** Successful test cards (docs.omise.co/api-testing). Any other valid number of a known brand also succeeds. */
export const SUCCESSFUL_TEST_CARDS: readonly string[] = [
  '4242424242424242',
  '4111111111111111',
  '5555555555554444',
  '5454545454545454',
  '3530111333300000',
  '3566111111111113',
  '378282246310005',
  '6447032400000000001',
  '36021042000004',
  '6250947000000006',
];

/**
 * Needs 3-D Secure in this mock. Omise turns 3-D Secure on per account rather than per test number, so the mock
 * borrows the number the wider ecosystem uses for "authentication required" (Stripe's 4000 0000 0000 3220);
 * `threeDSecure: true` in the options makes every card charge need it, as a 3-DS-enabled Omise account does.
 */
export const THREE_DS_TEST_CARD = '4000000000003220';

export function luhnValid(number: string): boolean {
  return /^\d{12,19}$/.test(number) && luhnSum(number, false) % 10 === 0;
}

/** The Luhn check digit to append to `digits` (card numbers, acquirer reference numbers). */
export function luhnCheckDigit(digits: string): string {
  return String((10 - (luhnSum(digits, true) % 10)) % 10);
}

/** Luhn sum from the right; `doubleFirst` when a check digit is still to come after `digits`. */
function luhnSum(digits: string, doubleFirst: boolean): number {
  let sum = 0;
  let double = doubleFirst;
  for (let i = digits.length - 1; i >= 0; i--) {
    let digit = digits.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum;
}

export function cardBrand(number: string): string | null {
  const n2 = Number(number.slice(0, 2));
  const n3 = Number(number.slice(0, 3));
  const n4 = Number(number.slice(0, 4));
  const n6 = Number(number.slice(0, 6));
  if (number.startsWith('4')) return 'Visa';
  if ((n2 >= 51 && n2 <= 55) || (n6 >= 222100 && n6 <= 272099)) return 'MasterCard';
  if (n4 >= 3528 && n4 <= 3589) return 'JCB';
  if (n2 === 34 || n2 === 37) return 'American Express';
  if (n2 === 36 || n2 === 38 || n2 === 39 || (n3 >= 300 && n3 <= 305)) return 'Diners Club';
  if (n4 === 6011 || (n3 >= 644 && n3 <= 649) || n2 === 65) return 'Discover';
  if (n2 === 62) return 'UnionPay';
  return null;
}

export function cardOutcome(number: string, threeDSecureAccount = false): CardOutcome {
  const failure = FAILING_TEST_CARDS[number];
  if (failure) return { kind: 'failure', code: failure, message: FAILURE_MESSAGES[failure] ?? failure };
  if (number === THREE_DS_TEST_CARD || threeDSecureAccount) return { kind: '3ds' };
  return { kind: 'success' };
}
