import { ApplicationEntity } from './application.entities';

/**
 * What differs between generated application rows; everything else is one Khlong Toei food-shop applicant.
 * `index` (1 when left out) numbers the shop in its name and address.
 */
export type SampleApplicationRow = Pick<ApplicationEntity, 'id' | 'trackingNumber' | 'licenceType' | 'workflowVersion' | 'state' | 'status' | 'awaitingActor' | 'version' | 'createdAt'> &
  Partial<ApplicationEntity> & { index?: number };

/**
 * A submitted application row as the portal stores it, for tests and benches that fill a database directly
 * (not through the workflow): somchai's food shop number `index` at bma-khlong-toei in Khlong Toei
 * (subdistrict 103301 unless given), in `state` since its creation and submitted then, unless the row says otherwise.
 */
export function sampleApplicationRow({ index = 1, ...row }: SampleApplicationRow): ApplicationEntity {
  const subdistrictCode = row.subdistrictCode ?? '103301';
  return Object.assign(new ApplicationEntity(), {
    business: null,
    kind: 'new',
    previousLicenceNumber: null,
    bundleId: null,
    deliveryMethod: 'e-licence',
    deliveryAddress: null,
    applicantId: 'user-somchai',
    agentGrantId: null,
    holderType: 'person',
    holderId: '1101700230708',
    holderNameTh: 'นายสมชาย ใจดี',
    holderNameEn: 'Mr Somchai Jaidee',
    applicantData: null,
    applicantDataSource: null,
    applicantDataFetchedAt: null,
    applicantDataConfirmedAt: null,
    agencyId: 'bma-khlong-toei',
    assignedTo: null,
    assignedAt: null,
    workflowState: { value: row.state, status: 'active' },
    form: { businessName: `ร้านทดสอบ ${index}`, seats: 40 },
    premises: { address: `${index} ถนนพระราม 4 แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร`, provinceCode: '10', districtCode: '1033', subdistrictCode },
    subdistrictCode,
    stateEnteredAt: row.createdAt,
    dueAt: null,
    submittedAt: row.createdAt,
    updatedAt: row.createdAt,
    ...row,
  } satisfies ApplicationEntity);
}
