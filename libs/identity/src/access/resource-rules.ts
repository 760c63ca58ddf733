/**
 * The resource-level rules a route may name. The role part of a route's rule is enforced by the
 * global JwtAuthGuard; these say which check, where the data is loaded, decides whether this caller
 * may see or act on this particular record. Adding a rule means writing its check first.
 */
export const RESOURCE_RULES = {
  none: 'No one’s data: the answer is the same for everyone the role part lets in (catalogue, areas, holidays, workflow configuration, health, reconciliation).',
  'sign-in': 'Signing in: answers only a token for the person who proved who she is (dev login, Digital ID).',
  self: 'Only the caller’s own records, selected by the id and office of her account (account, government data, notifications), and the licences she or a juristic person she directs holds (LicencesService.mine).',
  'public-record': 'Anyone with the number or id the holder gave out; answers no personal data beyond a masked name (tracking, licence verification, return from 3-D Secure).',
  'gateway-signature': 'Not a person: the payment gateway’s signature and timestamp are checked and the charge is fetched again.',
  'company-authority': 'Applying: for herself, or for a juristic person whose register names her as an authorised director that may apply (CreateApplicationHandler).',
  application:
    'One application (or its payment or receipt), as canSeeApplication in application-access.ts says: its applicant, another authorised director of its juristic person, staff of its office, auditors; anyone else gets 404.',
  'application-list': 'Applications filtered by applicationScopes in application-access.ts: auditors all, office staff their office’s, applicants their own and their companies’.',
  'application-owner': 'The application rule, and then only the applicant who made it may act (change the form, pay online); a co-director or the office gets 403.',
  'application-step': 'The application rule, and then the workflow step decides: the awaited actor’s role, staff of the application’s office, or the applicant herself.',
  'application-conversation':
    'The application rule, and then only its applicant herself and staff of its office write in its message thread or mark it read (ApplicationMessages); a co-director gets 403 (she reads the thread under the application rule).',
  'application-office': 'The application rule, and then only staff of the application’s office (holder, awaited role or head of office, as AssignmentService and CounterPayment check).',
  'application-feedback':
    'The application rule, and then the applicant’s rating of the service: the applicant herself rates and reads hers; officers and the head of its office read it with its comment (Satisfaction); a co-director gets 403.',
  'agent-grant':
    'Grants (AgentGrants): made for herself or for a juristic person whose register names her as an authorised director; a grant is read by its principal’s side (the person, any authorised director of the company) and its agent, and revoked only by the principal’s side (the agent 403); anyone else gets 404.',
  bundle: 'One bundle of applications (several licences applied for together): only the applicant who started it (Bundles.load); anyone else gets 404. Each application in it keeps the application rule.',
  'own-office': 'The caller’s office only (agencyId of her account as it is now): its queue and its staff.',
  complaint:
    'One complaint: its complainant, staff of the issuing office of its licence, auditors, and the licence’s holder once the office has accepted it (ComplaintsService.visible, the complainant’s name kept from the holder when she asked); anyone else gets 404. Office actions: staff of that office only, a suspension or revocation its approver.',
  hearing:
    'One public hearing: anyone reads its public view (no commenter names, hidden comments without text or photos); staff of its application’s office read the full record and hide comments (HearingsService.forOffice), another office 404; only the application’s own applicant answers (403 for anyone else).',
  licence: 'One licence: its holder (for a company’s licence, any authorised director), staff of the issuing office (head included) and auditors (LicencesService.visible); anyone else gets 404.',
} as const;

export type ResourceRule = keyof typeof RESOURCE_RULES;

export function isResourceRule(name: string): name is ResourceRule {
  return Object.prototype.hasOwnProperty.call(RESOURCE_RULES, name);
}
