import { Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@bizportal/identity';
import { ApplicationsModule } from '../applications';
import { CoreModule } from '../core';
import { ApplicationDocumentEntity } from './application-document.entity';
import { ContentChecks, DocumentScanner } from './document-scanner';
import { documentSettings, DocumentStorage, S3Storage, storageFor, type DocumentSettings } from './document-storage';
import { DocumentUploadInterceptor } from './document-upload.interceptor';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { DOCUMENT_SETTINGS } from './documents.tokens';

/**
 * Documents applicants attach to applications: upload with content checks, storage on local disk or
 * S3-compatible object storage, listing and download, and the `documentsComplete` fact of the workflows.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ApplicationDocumentEntity]), CoreModule, ApplicationsModule, IdentityModule],
  controllers: [DocumentsController],
  providers: [
    { provide: DOCUMENT_SETTINGS, inject: [ConfigService], useFactory: (config: ConfigService) => documentSettings((name) => config.get<string>(name)?.toString()) },
    { provide: DocumentStorage, inject: [DOCUMENT_SETTINGS], useFactory: (settings: DocumentSettings) => storageFor(settings.storage) },
    { provide: DocumentScanner, useClass: ContentChecks },
    DocumentUploadInterceptor,
    DocumentsService,
  ],
  exports: [DocumentsService, DocumentStorage, DocumentScanner, DOCUMENT_SETTINGS, DocumentUploadInterceptor],
})
export class DocumentsModule implements OnApplicationShutdown {
  constructor(private readonly storage: DocumentStorage) {}

  onApplicationShutdown(): void {
    if (this.storage instanceof S3Storage) this.storage.destroy();
  }
}
