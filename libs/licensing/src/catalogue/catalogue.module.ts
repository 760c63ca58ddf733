import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bizportal/identity';
import { BusinessTypeVersions } from './business-type-versions';
import { BusinessTypesAdminController } from './business-types-admin.controller';
import { CatalogueSeeding } from './catalogue-seeding';
import { CatalogueViews } from './catalogue-views';
import { CatalogueController } from './catalogue.controller';
import { BusinessEntity, BusinessTypeVersionEntity, LicenceTypeEntity, WorkflowDefinitionEntity } from './catalogue.entities';
import { CatalogueService } from './catalogue.service';
import { FormValidator } from './form-validator';

/** Business types (versioned, with their Smart Quiz and its administration), licence types and their versioned workflows; owns their tables. */
@Module({
  imports: [TypeOrmModule.forFeature([BusinessEntity, BusinessTypeVersionEntity, LicenceTypeEntity, WorkflowDefinitionEntity]), IdentityModule],
  controllers: [CatalogueController, BusinessTypesAdminController],
  providers: [CatalogueService, CatalogueSeeding, CatalogueViews, FormValidator, BusinessTypeVersions],
  exports: [CatalogueService, FormValidator],
})
export class CatalogueModule {}
