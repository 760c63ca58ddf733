export { ApplicantDataService, type ApplicantChoice } from './applicant-data.service';
export { ApplicantDataErrors } from './applicant-data-errors';
export { ApplicantDto, applicantChoiceOf } from './applicant.dto';
export { holderView } from './holder-view';
export { prefillFor } from './prefill';
export { ApplicantDataModule } from './applicant-data.module';
