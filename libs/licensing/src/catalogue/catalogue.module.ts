import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bizportal/identity';
import { CatalogueSeeding } from './catalogue-seeding';
import { CatalogueViews } from './catalogue-views';
import { CatalogueController } from './catalogue.controller';
import { BusinessEntity, LicenceTypeEntity, WorkflowDefinitionEntity } from './catalogue.entities';
import { CatalogueService } from './catalogue.service';
import { FormValidator } from './form-validator';

/** Business types, licence types and their versioned workflows; owns their tables. */
@Module({
  imports: [TypeOrmModule.forFeature([BusinessEntity, LicenceTypeEntity, WorkflowDefinitionEntity]), IdentityModule],
  controllers: [CatalogueController],
  providers: [CatalogueService, CatalogueSeeding, CatalogueViews, FormValidator],
  exports: [CatalogueService, FormValidator],
})
export class CatalogueModule {}
